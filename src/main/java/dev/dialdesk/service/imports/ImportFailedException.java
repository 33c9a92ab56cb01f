package dev.dialdesk.service.imports;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;

/**
 * The file as a whole could not be imported (missing, unreadable, empty, binary, no phone column,
 * cancelled). Nothing was written: the database is exactly as it was.
 */
public class ImportFailedException extends UserFacingException {

    public ImportFailedException(Message userMessage, String logMessage) {
        super(userMessage, logMessage);
    }

    public ImportFailedException(Message userMessage, String logMessage, Throwable cause) {
        super(userMessage, logMessage, cause);
    }
}

package dev.dialdesk.storage;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;

/**
 * The database could not do what was asked (disk full, file read-only, locked by another program,
 * corrupt). The transaction was rolled back; nothing was half-written.
 */
public class StorageException extends UserFacingException {

    public StorageException(Message userMessage, String logMessage, Throwable cause) {
        super(userMessage, logMessage, cause);
    }

    public StorageException(String logMessage, Throwable cause) {
        this(new Message("error.storage.generic"), logMessage, cause);
    }
}

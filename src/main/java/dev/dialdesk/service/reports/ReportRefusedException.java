package dev.dialdesk.service.reports;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;

/** A file that is refused as a whole: nothing of it is written. The message says where and why. */
public class ReportRefusedException extends UserFacingException {

    public ReportRefusedException(Message userMessage, String logMessage) {
        super(userMessage, logMessage);
    }

    public ReportRefusedException(Message userMessage, String logMessage, Throwable cause) {
        super(userMessage, logMessage, cause);
    }
}

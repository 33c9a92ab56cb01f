package dev.dialdesk.service.calls;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;

/** The gate refused a dial: the message says why (and when calling opens). Already audited. */
public final class DialBlockedException extends UserFacingException {

    /** Why a dial was refused. */
    public enum Reason {
        DO_NOT_CALL,
        OTHER_AGENT,
        OUTSIDE_HOURS
    }

    private final Reason reason;

    public DialBlockedException(Reason reason, Message userMessage, String logMessage) {
        super(userMessage, logMessage);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

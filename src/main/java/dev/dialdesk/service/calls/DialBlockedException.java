package dev.dialdesk.service.calls;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;

/** The gate refused a dial: the message says why (and when calling opens). Already audited. */
public final class DialBlockedException extends UserFacingException {

    /** Why a dial was refused. */
    public enum Reason {
        DO_NOT_CALL,
        /** The do-not-call list could not be asked (the team server is out of reach): never dialled unchecked. */
        DO_NOT_CALL_UNCHECKED,
        OTHER_AGENT,
        OUTSIDE_HOURS
    }

    private final Reason reason;

    public DialBlockedException(Reason reason, Message userMessage, String logMessage) {
        super(userMessage, logMessage);
        this.reason = reason;
    }

    /** A refusal caused by a failure (the list could not be asked). */
    public DialBlockedException(Reason reason, Message userMessage, String logMessage, Throwable cause) {
        super(userMessage, logMessage, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

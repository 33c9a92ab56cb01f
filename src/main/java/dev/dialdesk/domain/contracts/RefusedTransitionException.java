package dev.dialdesk.domain.contracts;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;

/** A QA move that the contract's state does not allow; the message says why. */
public final class RefusedTransitionException extends UserFacingException {

    public RefusedTransitionException(Message reason, long contractId, QaState from, QaState to) {
        super(reason, "Contract " + contractId + ": " + from + " -> " + to + " refused");
    }
}

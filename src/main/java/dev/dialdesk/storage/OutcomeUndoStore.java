package dev.dialdesk.storage;

import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.LeadCallState;
import java.time.Instant;

/**
 * Takes back one recorded outcome (issue 14, "undo the last outcome"), in one transaction: the attempt
 * leaves the call log (and the day's roll-up with it), the lead goes back to its state before the
 * call, callbacks the call kept are open again, callbacks booked after it are cancelled, and numbers
 * that this outcome put on the do-not-call list (and only those) leave it, as does a stop for the
 * lead's product recorded with the call (F9), each change audited.
 */
public interface OutcomeUndoStore {

    /**
     * What the undo changed besides the attempt and the lead; {@code productStopsTakenBack}: the stop for
     * the lead's product recorded with the call (F9) is off the list again.
     */
    record Undone(int numbersOffTheList, int callbacksCancelled, int callbacksReopened, int productStopsTakenBack) {
    }

    /**
     * Undoes {@code attempt}, if its lead still stands where the attempt left it ({@code after}: status,
     * attempts, last outcome, last call, retry time) and no contract was saved on the call.
     *
     * @param before the lead's call state before the attempt, written back
     * @param at     when the agent undid it (audit, callbacks' change time)
     * @throws ConflictException when the lead moved on meanwhile or a contract was saved on the call:
     *                           nothing was changed
     */
    Undone undo(CallAttempt attempt, LeadCallState before, LeadCallState after, Instant at);
}

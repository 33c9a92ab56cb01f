package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import java.util.Set;

/**
 * What happens after an outcome that needs more than a row in the call log: 예약콜 (callback) opens
 * the callback booking, 청약 (contract) opens the contract entry. The call screen calls
 * {@link #afterRecorded} on the event thread once the attempt is saved, and fetches the next lead
 * only when {@code done} runs, so a booking dialog never has the next lead pushed under it.
 * The callback scheduler and contracts screens plug in here; until then nothing happens.
 */
public interface DispositionFollowUp {

    /** The outcomes that have a follow-up. */
    Set<String> CODES = Set.of("CALLBACK", "CONTRACT");

    /** No follow-up: the loop goes straight on to the next lead. */
    DispositionFollowUp NONE = (outcome, done) -> done.run();

    /**
     * Runs on the event thread after a {@link #CODES} outcome was saved.
     *
     * @param done run it (on the event thread) when the follow-up is finished or cancelled: the call
     *             screen then shows the next lead
     */
    void afterRecorded(Outcome outcome, Runnable done);

    /** The saved outcome: the disposition, the lead as it was on screen, the call-log row. */
    record Outcome(Disposition disposition, Lead lead, CallAttempt attempt) {
    }
}

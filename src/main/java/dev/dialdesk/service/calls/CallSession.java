package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.storage.CallLog;
import java.util.Optional;

/**
 * One agent's call loop, as the call screen's presenter drives it with three keys: {@link #next()},
 * {@link #dial()}, {@link #record(String, String)}. Holds the current lead and call; refuses the next
 * lead while a dialled call has no outcome yet (wrap-up). Knows no Swing; every method touches the
 * database, so call it off the event thread.
 */
public final class CallSession {

    /** Where the loop stands. */
    public enum Phase {
        /** No lead on screen. */
        IDLE,
        /** A lead is shown, not dialled. */
        LEAD_SHOWN,
        /** Dialled, talking (timer running). */
        IN_CALL,
        /** Hung up; the outcome must be recorded before the next lead. */
        WRAP_UP
    }

    private final AgentId agent;
    private final WorkQueue queue;
    private final CallService calls;
    private QueuedLead current;
    private ActiveCall call;

    public CallSession(AgentId agent, WorkQueue queue, CallService calls) {
        this.agent = agent;
        this.queue = queue;
        this.calls = calls;
    }

    public AgentId agent() {
        return agent;
    }

    public synchronized Phase phase() {
        if (call != null) {
            return call.isEnded() ? Phase.WRAP_UP : Phase.IN_CALL;
        }
        return current == null ? Phase.IDLE : Phase.LEAD_SHOWN;
    }

    public synchronized Optional<QueuedLead> current() {
        return Optional.ofNullable(current);
    }

    public synchronized Optional<ActiveCall> call() {
        return Optional.ofNullable(call);
    }

    /**
     * Shows the next lead of the queue (empty when there is none; the current lead is then cleared).
     *
     * @throws UserFacingException when a dialled call still needs its outcome
     */
    public synchronized Optional<QueuedLead> next() {
        requireNoOpenCall();
        QueuedLead previous = current;
        current = queue.next(agent).orElse(null);
        letGoUnlessShown(previous);
        return Optional.ofNullable(current);
    }

    /** Shows a lead chosen in the table, search or detail panel; same wrap-up rule as {@link #next()}. */
    public synchronized QueuedLead open(long leadId) {
        requireNoOpenCall();
        QueuedLead previous = current;
        current = queue.open(agent, leadId).orElseThrow(() -> new UserFacingException(
                new Message("calls.error.noSuchLead", leadId), "No lead with id " + leadId));
        letGoUnlessShown(previous);
        return current;
    }

    /** A skipped lead's claim (team server) is given back once the next lead is on screen, not before. */
    private void letGoUnlessShown(QueuedLead previous) {
        if (previous != null && (current == null || current.leadId() != previous.leadId())) {
            queue.letGo(previous.leadId());
        }
    }

    /**
     * Dials the current lead through the gate of {@link CallService#startCall}.
     *
     * @throws DialBlockedException when the gate refuses; the lead stays shown
     */
    public synchronized ActiveCall dial() {
        if (current == null) {
            throw new UserFacingException(new Message("calls.error.noLeadShown"), "Dial without a lead");
        }
        requireNoOpenCall();
        call = calls.startCall(agent, current.leadId());
        return call;
    }

    /** Stops the call timer; the outcome is still to be recorded. */
    public synchronized ActiveCall hangUp() {
        if (call == null) {
            throw new UserFacingException(new Message("calls.error.noCall"), "Hang up without a call");
        }
        call = calls.hangUp(call);
        return call;
    }

    /** Records the outcome of the current call (hanging up if needed) and clears the lead; the saved attempt. */
    public synchronized CallAttempt record(String dispositionCode, String note) {
        if (call == null) {
            throw new UserFacingException(new Message("calls.error.noCall"), "Disposition without a call");
        }
        CallLog.Recorded recorded = calls.record(call, dispositionCode, note);
        call = null;
        current = null;
        if (recorded.duplicate()) {
            queue.letGo(recorded.attempt().leadId());
        } else {
            queue.outcomeRecorded(recorded.attempt().leadId());
        }
        return recorded.attempt();
    }

    /** The disposition key: records the outcome and shows the next lead, in one step. */
    public synchronized Optional<QueuedLead> recordAndNext(String dispositionCode, String note) {
        record(dispositionCode, note);
        return next();
    }

    private void requireNoOpenCall() {
        if (call != null) {
            throw new UserFacingException(new Message("calls.error.wrapUpRequired"),
                    "Call " + call.clientId() + " needs its outcome first");
        }
    }
}

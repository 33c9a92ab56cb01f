package dev.dialdesk.service.calls;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.CallingDecision;
import dev.dialdesk.domain.calls.LeadCallState;
import dev.dialdesk.domain.calls.QueueSkipReason;
import java.util.List;
import java.util.Optional;

/**
 * A lead as the call screen shows it: the lead, its call state and history (newest first), why it is
 * here, and what the calling-hours policy says now (a warning on Saturday).
 *
 * @param tier     which part of the queue offered it; {@link Tier#OPENED} when the agent opened it
 * @param callback the due callback that brought it, or null
 * @param skip     for an opened lead: why the queue would not offer it now, or null
 */
public record QueuedLead(
        Lead lead,
        LeadCallState state,
        Tier tier,
        DueCallbacks.DueCallback callback,
        CallingDecision hours,
        QueueSkipReason skip,
        List<CallAttempt> history) {

    /** The parts of the queue, in the order they are served. */
    public enum Tier {
        CALLBACK,
        /** A missed call from the lead, to return (issue 15). */
        RETURN_CALL,
        RETRY,
        NEW,
        /** Not from the queue: opened from the lead table, search or the detail panel. */
        OPENED
    }

    public QueuedLead {
        history = List.copyOf(history);
    }

    public Optional<QueueSkipReason> skipReason() {
        return Optional.ofNullable(skip);
    }

    public long leadId() {
        return lead.id();
    }
}

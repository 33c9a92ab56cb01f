package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.util.List;

/**
 * Hook for the callback scheduler (issue 4): the callbacks due for an agent, which the work queue
 * offers before anything else. Until the scheduler exists, there are none.
 */
@FunctionalInterface
public interface DueCallbacks {

    /**
     * A due callback.
     *
     * @param reRecording   a QA re-recording call (issue 5): offered before all other callbacks
     * @param customerAsked the customer asked for this time: calling hours do not apply (logged)
     */
    record DueCallback(long leadId, Instant dueAt, boolean reRecording, boolean customerAsked) {
    }

    DueCallbacks NONE = (agent, now) -> List.of();

    /** Callbacks of {@code agent} due at {@code now} (including overdue ones), in any order. */
    List<DueCallback> due(AgentId agent, Instant now);
}

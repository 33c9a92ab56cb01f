package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.util.Optional;

/**
 * Hook for the callback scheduler (issue 4): an explicit appointment with a customer lets the agent
 * call a lead that is not theirs, or outside calling hours when the customer asked for that time.
 * Either exception is written to the audit. Until the scheduler exists, there are none.
 */
@FunctionalInterface
public interface Appointments {

    /** An appointment; {@code customerAsked}: the customer chose the time (calling hours do not apply). */
    record Appointment(long leadId, AgentId agent, Instant at, boolean customerAsked) {
    }

    Appointments NONE = (agent, leadId, now) -> Optional.empty();

    /** The agent's appointment with the lead that is due around {@code now}, if any. */
    Optional<Appointment> find(AgentId agent, long leadId, Instant now);
}

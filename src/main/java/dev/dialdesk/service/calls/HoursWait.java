package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.CallingDecision;
import dev.dialdesk.storage.WaitingLeads;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Why the queue is empty while leads exist: the centre's calling hours (the legal window, the hours,
 * a holiday) are closed now. Says how many leads wait and when calling opens, in the centre's zone.
 */
public final class HoursWait {

    private final WaitingLeads leads;
    private final CallingPolicyService policies;
    private final Clock clock;

    public HoursWait(WaitingLeads leads, CallingPolicyService policies, Clock clock) {
        this.leads = leads;
        this.policies = policies;
        this.clock = clock;
    }

    /** {@code count} leads wait until {@code opens} (in the centre's zone). */
    public record Waiting(long count, ZonedDateTime opens) {
    }

    /** The leads waiting for calling hours now, or empty when calling is open or none waits. Not on the event thread. */
    public Optional<Waiting> now(AgentId agent) {
        Instant now = clock.instant();
        CallingDecision decision = policies.policy().evaluate(now, policies.centreZone());
        if (decision.isAllowed() || decision.nextOpening() == null) {
            return Optional.empty();
        }
        long count = leads.callableIgnoringHours(agent, now);
        return count == 0 ? Optional.empty()
                : Optional.of(new Waiting(count, decision.nextOpening().withZoneSameInstant(policies.centreZone())));
    }
}

package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A call the gate let through: timed from dial to hang-up. Its {@code clientId} becomes the call-log
 * row's, so that saving it twice is harmless.
 *
 * @param leadId   0 for a number that is no lead's (dialled from the command line)
 * @param placedBy how it was placed, or null when no dialer was available (the caller shows the number)
 * @param warning  what the agent should know (Saturday, appointment outside hours), or null
 * @param endedAt  null while the call runs
 */
public record ActiveCall(UUID clientId, long leadId, AgentId agent, PhoneNumber number, DialMethod placedBy,
                         Message warning, Instant startedAt, Instant endedAt) {

    public ActiveCall {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    /** This call, hung up at {@code at} (a second hang-up keeps the first time). */
    public ActiveCall endedAt(Instant at) {
        if (isEnded()) {
            return this;
        }
        return new ActiveCall(clientId, leadId, agent, number, placedBy, warning, startedAt,
                at.isBefore(startedAt) ? startedAt : at);
    }

    /** Talk time so far (or in all, once ended). */
    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, isEnded() ? endedAt : now);
    }
}

package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.AgentId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One dial attempt, as the call log keeps it.
 *
 * @param id          database id, 0 before it is saved
 * @param clientId    made when the call started; saving the same attempt twice is harmless
 * @param startedAt   when the number was dialled
 * @param endedAt     when the agent hung up
 * @param disposition the outcome's code
 * @param note        the agent's note, may be empty
 */
public record CallAttempt(
        long id,
        UUID clientId,
        long leadId,
        AgentId agentId,
        Instant startedAt,
        Instant endedAt,
        String disposition,
        String note) {

    public CallAttempt {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(disposition, "disposition");
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("a call cannot end before it starts");
        }
        note = note == null ? "" : note;
    }

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }

    /** Without the note, which may hold a customer's words. */
    @Override
    public String toString() {
        return "CallAttempt[id=" + id + ", client=" + clientId + ", lead=" + leadId + ", agent=" + agentId
                + ", disposition=" + disposition + ", duration=" + duration() + "]";
    }
}

package dev.dialdesk.domain.callbacks;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.util.Objects;

/** A booking exception, as the callback audit keeps it (no customer names or numbers). */
public record CallbackAuditEvent(Instant at, AgentId agent, long leadId, long callbackId, BookingException event,
                                 String detail) {

    public CallbackAuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(event, "event");
    }
}

package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * A row of the call audit: every do-not-call addition, every blocked dial and every dial allowed only
 * by an appointment. Holds the masked number only.
 *
 * @param leadId 0 when the number was not a lead's
 * @param reason a message key or a short code saying why
 */
public record AuditEvent(Instant at, AgentId agentId, long leadId, String maskedNumber, Type type, String reason) {

    public enum Type {
        DNC_ADDED,
        DIAL_BLOCKED,
        DIAL_ALLOWED_BY_APPOINTMENT
    }

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }
}

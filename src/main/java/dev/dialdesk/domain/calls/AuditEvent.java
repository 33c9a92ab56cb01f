package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * A row of the call audit: every do-not-call addition (and removal by an undo), every blocked dial,
 * every dial allowed only by an appointment and every undone outcome. Holds the masked number only.
 *
 * @param leadId 0 when the number was not a lead's
 * @param reason a message key or a short code saying why
 */
public record AuditEvent(Instant at, AgentId agentId, long leadId, String maskedNumber, Type type, String reason) {

    public enum Type {
        DNC_ADDED,
        DIAL_BLOCKED,
        DIAL_ALLOWED_BY_APPOINTMENT,
        /** The agent undid an outcome (issue 14): the attempt is gone, the lead as it was before. */
        OUTCOME_UNDONE,
        /** A number the undone do-not-call outcome had put on the list left it again. */
        DNC_REMOVED
    }

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
    }
}

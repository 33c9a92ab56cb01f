package dev.dialdesk.storage;

import dev.dialdesk.domain.calls.AuditEvent;
import java.time.Instant;
import java.util.List;

/** The audit of do-not-call additions, blocked dials and dials allowed by an appointment. */
public interface CallAudit {

    void append(AuditEvent event);

    /** Events at or after {@code since}, oldest first. */
    List<AuditEvent> since(Instant since);
}

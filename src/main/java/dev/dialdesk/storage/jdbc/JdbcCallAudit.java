package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.storage.CallAudit;
import java.time.Instant;
import java.util.List;

/** {@link CallAudit} over {@code call_audit}: the same on both engines. */
public abstract class JdbcCallAudit extends EngineStore implements CallAudit {

    @Override
    public void append(AuditEvent event) {
        write(connection -> {
            CallAuditRows.insert(connection, event);
            return null;
        });
    }

    @Override
    public List<AuditEvent> since(Instant since) {
        return read(connection -> CallAuditRows.since(connection, since));
    }
}

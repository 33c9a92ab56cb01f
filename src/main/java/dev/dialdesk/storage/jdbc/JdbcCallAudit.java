package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.storage.CallAudit;
import java.time.Instant;
import java.util.List;

/** {@link CallAudit} over {@code call_audit}: the same on both engines. */
public final class JdbcCallAudit implements CallAudit {

    private final JdbcDatabase database;

    public JdbcCallAudit(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public void append(AuditEvent event) {
        database.write(connection -> {
            CallAuditRows.insert(connection, event);
            return null;
        });
    }

    @Override
    public List<AuditEvent> since(Instant since) {
        return database.read(connection -> CallAuditRows.since(connection, since));
    }
}

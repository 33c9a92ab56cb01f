package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.storage.jdbc.CallAuditRows;
import java.time.Instant;
import java.util.List;

/**
 * {@link CallAudit} over {@code call_audit} on the server. An agent's connection writes and reads
 * only events in its own name (row-level security); the team lead's reads all.
 */
public final class PostgresCallAudit implements CallAudit {

    private final PostgresDatabase database;

    public PostgresCallAudit(PostgresDatabase database) {
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

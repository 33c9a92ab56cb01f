package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.storage.jdbc.CallAuditRows;
import java.time.Instant;
import java.util.List;

/** {@link CallAudit} over {@code call_audit}. */
public final class SqliteCallAudit implements CallAudit {

    private final SqliteDatabase database;

    public SqliteCallAudit(SqliteDatabase database) {
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

package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.jdbc.JdbcCallAudit;
import dev.dialdesk.storage.jdbc.JdbcWork;

/**
 * {@link dev.dialdesk.storage.CallAudit} over {@code call_audit} on the server ({@link JdbcCallAudit}).
 * An agent's connection writes and reads only events in its own name (row-level security); the team
 * lead's reads all.
 */
public final class PostgresCallAudit extends JdbcCallAudit {

    private final PostgresDatabase database;

    public PostgresCallAudit(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected <T> T read(JdbcWork<T> work) {
        return database.read(work::run);
    }

    @Override
    protected <T> T write(JdbcWork<T> work) {
        return database.write(work::run);
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.jdbc.JdbcCallAudit;
import dev.dialdesk.storage.jdbc.JdbcWork;

/** {@link dev.dialdesk.storage.CallAudit} on a desk's SQLite file ({@link JdbcCallAudit}). */
public final class SqliteCallAudit extends JdbcCallAudit {

    private final SqliteDatabase database;

    public SqliteCallAudit(SqliteDatabase database) {
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

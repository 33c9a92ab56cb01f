package dev.dialdesk.storage.sqlite;

import java.time.Clock;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcWork;

/** {@link dev.dialdesk.storage.DoNotCallStore} on a desk's SQLite file ({@link JdbcDoNotCallStore}). */
public final class SqliteDoNotCallStore extends JdbcDoNotCallStore {

    private final SqliteDatabase database;

    public SqliteDoNotCallStore(SqliteDatabase database, Clock clock) {
        super(clock);
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

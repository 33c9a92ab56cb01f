package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.storage.jdbc.JdbcWork;

/** {@link dev.dialdesk.storage.HolidayStore} on a desk's SQLite file ({@link JdbcHolidayStore}). */
public final class SqliteHolidayStore extends JdbcHolidayStore {

    private final SqliteDatabase database;

    public SqliteHolidayStore(SqliteDatabase database) {
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

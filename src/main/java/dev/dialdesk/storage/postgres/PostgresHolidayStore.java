package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.storage.jdbc.JdbcWork;

/** {@link dev.dialdesk.storage.HolidayStore} over {@code holiday} on the server ({@link JdbcHolidayStore}): the centre's holidays, added by the team lead. */
public final class PostgresHolidayStore extends JdbcHolidayStore {

    private final PostgresDatabase database;

    public PostgresHolidayStore(PostgresDatabase database) {
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

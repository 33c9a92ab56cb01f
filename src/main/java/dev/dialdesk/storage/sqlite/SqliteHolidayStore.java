package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.HolidayStore;
import dev.dialdesk.storage.jdbc.HolidayRows;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** {@link HolidayStore} over {@code holiday}. */
public final class SqliteHolidayStore implements HolidayStore {

    private final SqliteDatabase database;

    public SqliteHolidayStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Set<LocalDate> all() {
        return database.read(HolidayRows::all);
    }

    @Override
    public int addAll(Map<LocalDate, String> holidays, String source) {
        return database.write(connection -> HolidayRows.addAll(connection, holidays, source));
    }
}

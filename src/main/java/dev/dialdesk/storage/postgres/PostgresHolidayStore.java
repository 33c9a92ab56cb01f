package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.HolidayStore;
import dev.dialdesk.storage.jdbc.HolidayRows;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** {@link HolidayStore} over {@code holiday} on the server: the centre's holidays, added by the team lead. */
public final class PostgresHolidayStore implements HolidayStore {

    private final PostgresDatabase database;

    public PostgresHolidayStore(PostgresDatabase database) {
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

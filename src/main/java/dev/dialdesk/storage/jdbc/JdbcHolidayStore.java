package dev.dialdesk.storage.jdbc;

import dev.dialdesk.storage.HolidayStore;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** {@link HolidayStore} over {@code holiday}: the same on both engines. Desks read the centre's holidays; on the team server only the team lead adds them. */
public final class JdbcHolidayStore implements HolidayStore {

    private final JdbcDatabase database;

    public JdbcHolidayStore(JdbcDatabase database) {
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

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.storage.HolidayStore;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** {@link HolidayStore} over {@code holiday}: the same on both engines. */
public abstract class JdbcHolidayStore extends EngineStore implements HolidayStore {

    @Override
    public Set<LocalDate> all() {
        return read(HolidayRows::all);
    }

    @Override
    public int addAll(Map<LocalDate, String> holidays, String source) {
        return write(connection -> HolidayRows.addAll(connection, holidays, source));
    }
}

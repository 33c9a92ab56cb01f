package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.HolidayStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@link HolidayStore} over {@code holiday} on the server: the centre's holidays, added by the team lead. */
public final class PostgresHolidayStore implements HolidayStore {

    private final PostgresDatabase database;

    public PostgresHolidayStore(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Set<LocalDate> all() {
        return database.read(connection -> {
            Set<LocalDate> days = new TreeSet<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT day FROM holiday");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    days.add(LocalDate.parse(rs.getString(1)));
                }
            }
            return days;
        });
    }

    @Override
    public int addAll(Map<LocalDate, String> holidays, String source) {
        return database.write(connection -> {
            int added = 0;
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO holiday(day, name, source) VALUES (?, ?, ?) ON CONFLICT (day) DO NOTHING")) {
                for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
                    statement.setString(1, holiday.getKey().toString());
                    statement.setString(2, holiday.getValue() == null ? "" : holiday.getValue());
                    statement.setString(3, source);
                    added += statement.executeUpdate();
                }
            }
            return added;
        });
    }
}

package dev.dialdesk.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The {@code holiday} rows, for both engines. */
public final class HolidayRows {

    private HolidayRows() {
    }

    public static Set<LocalDate> all(Connection connection) throws SQLException {
        Set<LocalDate> days = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT day FROM holiday");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                days.add(LocalDate.parse(rs.getString(1)));
            }
        }
        return days;
    }

    /** Adds the days not yet there (a null name is stored empty); returns how many were new. */
    public static int addAll(Connection connection, Map<LocalDate, String> holidays, String source) throws SQLException {
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
    }
}

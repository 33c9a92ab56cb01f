package dev.dialdesk.testing;

import dev.dialdesk.storage.jdbc.JdbcDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A query's rows as text ({@code a|b|c|}), ordered by their first two columns: for comparing two tables. */
public final class TableRows {

    private TableRows() {
    }

    public static List<String> of(JdbcDatabase database, String sql, int columns) {
        return database.read(connection -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql + " ORDER BY 1, 2")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(rs.getString(c)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        });
    }
}

package dev.dialdesk.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies rows of one table from a desk's file into the same table on the server: the columns both
 * engines have (the schemas keep one set of names, PostgresSchemaTest), less the ones the server
 * gives itself ({@code id}, {@code version}, the claim); a few columns take a value of the caller's
 * (a parent's server id, the desk's agent). One prepared statement per table, on the server's
 * connection inside the upload's transaction.
 */
final class UploadRows implements AutoCloseable {

    private static final Set<String> SERVER_OWN = Set.of("id", "version", "claimed_by", "claim_until", "updated_by");

    private final List<String> columns;
    private final PreparedStatement insert;
    private final boolean returnsId;

    /**
     * @param returning the column the insert returns (the new row's {@code id}), or null for none
     * @param onConflict the conflict clause ("ON CONFLICT DO NOTHING") or ""
     */
    UploadRows(Connection server, String table, ResultSetMetaData source, String returning, String onConflict)
            throws SQLException {
        Set<String> target = serverColumns(server, table);
        List<String> both = new ArrayList<>();
        for (int i = 1; i <= source.getColumnCount(); i++) {
            String name = source.getColumnName(i).toLowerCase(Locale.ROOT);
            if (target.contains(name) && !SERVER_OWN.contains(name)) {
                both.add(name);
            }
        }
        this.columns = List.copyOf(both);
        String sql = "INSERT INTO " + table + "(" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ") " + onConflict
                + (returning == null ? "" : " RETURNING " + returning);
        this.insert = server.prepareStatement(sql);
        this.returnsId = returning != null;
    }

    private static Set<String> serverColumns(Connection server, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE false")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** The current row of {@code row} as column name → value. */
    static Map<String, Object> values(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        Map<String, Object> values = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), row.getObject(i));
        }
        return values;
    }

    /** Inserts the row; returns its new id (0 when the table returns none, -1 when the conflict clause skipped it). */
    long insert(Map<String, Object> row, Map<String, Object> overrides) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            Object value = overrides.containsKey(column) ? overrides.get(column) : row.get(column);
            if (value == null) {
                insert.setNull(i + 1, Types.NULL);
            } else {
                insert.setObject(i + 1, value);
            }
        }
        if (!returnsId) {
            return insert.executeUpdate() == 1 ? 0 : -1;
        }
        try (ResultSet rs = insert.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stable ids of a table's rows in day reports ({@code report_id}, migration 006): a row gets a random
 * UUID the first time it is exported, and keeps the id it came with when imported. Plus the small
 * JDBC helpers the report sections share. The same SQL on both engines (plain positional parameters:
 * PostgreSQL's driver knows no {@code ?1}).
 */
public final class ReportIds {

    private final JdbcDatabase database;
    private final String table;
    private final String dayColumn;

    /** {@code table} and {@code dayColumn} are constants of the sections, never input. */
    public ReportIds(JdbcDatabase database, String table, String dayColumn) {
        this.database = database;
        this.table = table;
        this.dayColumn = dayColumn;
    }

    /**
     * Gives every row the agent's report of [from, to) will hold an id, if it has none yet; a row that got
     * one meanwhile (another desk's export of the same row on the server) keeps it.
     */
    public void assign(AgentId agent, Instant from, Instant to) {
        database.write(connection -> {
            List<Long> missing = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM " + table + " WHERE agent_id = ? "
                    + "AND report_id IS NULL AND " + inRange(dayColumn))) {
                bindInRange(s, agent, from, to);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        missing.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement s = connection.prepareStatement("UPDATE " + table + " SET report_id = ? WHERE id = ? "
                    + "AND report_id IS NULL")) {
                for (long id : missing) {
                    s.setString(1, UUID.randomUUID().toString());
                    s.setLong(2, id);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * {@code (dayColumn in [from, to) OR updated_at in [from, to))}: the rows a report of the range holds
     * (columns without a prefix, or with {@code c.}), bound by {@link #bindInRange} after the agent.
     */
    public static String inRange(String dayColumn) {
        String updated = dayColumn.startsWith("c.") ? "c.updated_at" : "updated_at";
        return "((" + dayColumn + " >= ? AND " + dayColumn + " < ?) OR (" + updated + " >= ? AND " + updated + " < ?))";
    }

    /** Binds the agent (parameter 1) and the range of {@link #inRange} (parameters 2 to 5). */
    public static void bindInRange(PreparedStatement s, AgentId agent, Instant from, Instant to) throws SQLException {
        bindRange(s, agent, from, to);
        s.setLong(4, from.toEpochMilli());
        s.setLong(5, to.toEpochMilli());
    }

    /** Binds the agent (parameter 1), from (2) and to (3). */
    public static void bindRange(PreparedStatement s, AgentId agent, Instant from, Instant to) throws SQLException {
        s.setString(1, agent.value());
        s.setLong(2, from.toEpochMilli());
        s.setLong(3, to.toEpochMilli());
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    public static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value.toEpochMilli());
        }
    }

    public static void setText(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.LeadCallState;
import dev.dialdesk.storage.QueueStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link QueueStore}: each page is one range scan of a partial index ({@code lead_queue_retry} or
 * {@code lead_queue_new}), with the do-not-call list checked by primary key per row. SQLite is told
 * the index ({@code INDEXED BY}); PostgreSQL's planner picks it (the same partial indexes, 001-schema).
 */
public final class JdbcQueueStore implements QueueStore {

    static final String STATE_COLUMNS = "attempt_count, last_disposition, last_call_at, next_eligible_at, time_zone";
    private static final String STATE = prefixed(STATE_COLUMNS);
    private static final String NOT_LISTED = " AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone"
            + " AND d.product IN ('', coalesce(trim(l.product), '')))";
    /** Position of {@code status} in {@link JdbcLeadStore#LEAD_COLUMNS}, and how many columns it has. */
    private static final int STATUS_COLUMN = java.util.Arrays.stream(JdbcLeadStore.LEAD_COLUMNS.split(","))
            .map(String::strip).toList().indexOf("status") + 1;
    private static final int LEAD_COLUMN_COUNT = JdbcLeadStore.LEAD_COLUMNS.split(",").length;
    private static final String OWN_ZONE = " AND l.time_zone IS NOT NULL";

    private final JdbcDatabase database;
    private final String select;

    public JdbcQueueStore(JdbcDatabase database) {
        this.database = database;
        this.select = "SELECT " + JdbcLeadStore.leadColumns(database.engine(), "l.") + ", " + STATE + " FROM lead l ";
    }

    /** SQLite's hint for the partial index a page scans; PostgreSQL chooses it itself. */
    private String indexed(String index) {
        return database.engine() == JdbcDatabase.Engine.SQLITE ? "INDEXED BY " + index + " " : "";
    }

    @Override
    public List<QueuedRow> dueRetries(AgentId agent, Instant now, boolean onlyOwnZone, Cursor after, int limit) {
        String sql = select + indexed("lead_queue_retry") + "WHERE l.agent_id = ? AND l.next_eligible_at IS NOT NULL "
                + "AND l.next_eligible_at <= ? AND l.status NOT IN ('REFUSED', 'CONTRACTED', 'DO_NOT_CALL', 'WRONG_NUMBER')"
                + (after == null ? "" : " AND (l.next_eligible_at, l.id) > (?, ?)")
                + NOT_LISTED + (onlyOwnZone ? OWN_ZONE : "") + " ORDER BY l.next_eligible_at, l.id LIMIT ?";
        return page(sql, agent, now.toEpochMilli(), after, limit);
    }

    @Override
    public List<QueuedRow> newLeads(AgentId agent, boolean onlyOwnZone, Cursor after, int limit) {
        String sql = select + indexed("lead_queue_new") + "WHERE l.agent_id = ? AND l.status = 'NEW'"
                + (after == null ? "" : " AND (l.batch_id, l.id) > (?, ?)")
                + NOT_LISTED + (onlyOwnZone ? OWN_ZONE : "") + " ORDER BY l.batch_id, l.id LIMIT ?";
        return page(sql, agent, null, after, limit);
    }

    private List<QueuedRow> page(String sql, AgentId agent, Long now, Cursor after, int limit) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                statement.setString(i++, agent.value());
                if (now != null) {
                    statement.setLong(i++, now);
                }
                if (after != null) {
                    statement.setLong(i++, after.key());
                    statement.setLong(i++, after.leadId());
                }
                statement.setInt(i, limit);
                return rows(statement);
            }
        });
    }

    @Override
    public Optional<QueuedRow> find(long leadId) {
        return one("l.id = ?", leadId);
    }

    @Override
    public Optional<QueuedRow> findByPhone(PhoneNumber number) {
        return one("l.phone = ?", number.e164());
    }

    private Optional<QueuedRow> one(String where, Object value) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(select + "WHERE " + where)) {
                statement.setObject(1, value);
                List<QueuedRow> rows = rows(statement);
                return rows.isEmpty() ? Optional.<QueuedRow>empty() : Optional.of(rows.get(0));
            }
        });
    }

    @Override
    public void setZone(long leadId, ZoneId zone) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE lead SET time_zone = ?, version = version + 1 WHERE id = ?")) {
                statement.setString(1, zone == null ? null : zone.getId());
                statement.setLong(2, leadId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    /** The call state of one lead, inside the caller's transaction. */
    static Optional<LeadCallState> state(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT status, " + STATE_COLUMNS + " FROM lead WHERE id = ?")) {
            statement.setLong(1, leadId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(mapState(rs, leadId, 1, 2)) : Optional.empty();
            }
        }
    }

    /** A lead's call state with the row version it was read at (an outcome written in one statement names it). */
    record VersionedState(LeadCallState state, long version) {
    }

    static Optional<VersionedState> versionedState(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT status, " + STATE_COLUMNS + ", version FROM lead WHERE id = ?")) {
            statement.setLong(1, leadId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new VersionedState(mapState(rs, leadId, 1, 2), rs.getLong(7)))
                        : Optional.empty();
            }
        }
    }

    private static List<QueuedRow> rows(PreparedStatement statement) throws SQLException {
        List<QueuedRow> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                var lead = JdbcLeadStore.mapLead(rs);
                rows.add(new QueuedRow(lead, mapState(rs, lead.id(), STATUS_COLUMN, LEAD_COLUMN_COUNT + 1)));
            }
        }
        return rows;
    }

    /** Maps the {@code status} column and the {@link #STATE_COLUMNS} starting at {@code first}. */
    private static LeadCallState mapState(ResultSet rs, long leadId, int statusColumn, int first) throws SQLException {
        LeadStatus status = LeadStatus.valueOf(rs.getString(statusColumn));
        int attempts = rs.getInt(first);
        String last = rs.getString(first + 1);
        Instant lastCall = instant(rs, first + 2);
        Instant next = instant(rs, first + 3);
        String zone = rs.getString(first + 4);
        return new LeadCallState(leadId, status, attempts, last, lastCall, next, zone == null ? null : ZoneId.of(zone));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static String prefixed(String columns) {
        StringBuilder out = new StringBuilder();
        for (String column : columns.split(",")) {
            out.append(out.length() == 0 ? "" : ", ").append("l.").append(column.strip());
        }
        return out.toString();
    }
}

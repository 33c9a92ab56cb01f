package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.domain.calls.StopScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The {@code do_not_call} rows (수신거부, 연락금지요구) for both engines: one row per E.164 number and
 * scope (product '' is all marketing), each addition audited.
 */
public final class DoNotCallRows {

    private static final String COLUMNS = "source, added_at, agent_id, scope, product, list_date";

    private DoNotCallRows() {
    }

    /** The number's entry, the all-marketing one first when there are several. */
    public static Optional<DoNotCallEntry> find(Connection connection, PhoneNumber number) throws SQLException {
        return query(connection, number, "SELECT " + COLUMNS + " FROM do_not_call WHERE number = ? "
                + "ORDER BY product LIMIT 1", null);
    }

    /** The entry that forbids a call about {@code product}: all marketing, or that product. */
    public static Optional<DoNotCallEntry> findFor(Connection connection, PhoneNumber number, String product)
            throws SQLException {
        return query(connection, number, "SELECT " + COLUMNS + " FROM do_not_call WHERE number = ? "
                + "AND product IN ('', ?) ORDER BY product LIMIT 1", product == null ? "" : product.strip());
    }

    private static Optional<DoNotCallEntry> query(Connection connection, PhoneNumber number, String sql,
                                                  String product) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, number.e164());
            if (product != null) {
                statement.setString(2, product);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String agent = rs.getString(3);
                String listDate = rs.getString(6);
                return Optional.of(new DoNotCallEntry(number, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                        agent == null ? null : new AgentId(agent), StopScope.valueOf(rs.getString(4)),
                        rs.getString(5), listDate == null ? null : LocalDate.parse(listDate)));
            }
        }
    }

    /** Inserts an all-marketing number with its audit row, inside the caller's transaction; false when it was listed. */
    public static boolean insert(Connection connection, PhoneNumber number, String source, AgentId agent, Instant at,
                                 long leadId) throws SQLException {
        return insert(connection, new DoNotCallEntry(number, source, at, agent), leadId);
    }

    /** Inserts an entry of any scope with its audit row, inside the caller's transaction; false when it was there. */
    public static boolean insert(Connection connection, DoNotCallEntry entry, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO do_not_call(number, product, scope, source, added_at, agent_id, list_date) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (number, product) DO NOTHING")) {
            statement.setString(1, entry.number().e164());
            statement.setString(2, entry.product());
            statement.setString(3, entry.scope().name());
            statement.setString(4, entry.source());
            statement.setLong(5, entry.addedAt().toEpochMilli());
            statement.setString(6, entry.agentId() == null ? null : entry.agentId().value());
            statement.setString(7, entry.listDate() == null ? null : entry.listDate().toString());
            if (statement.executeUpdate() == 0) {
                return false;
            }
        }
        String reason = entry.scope() == StopScope.PRODUCT ? entry.source() + " (product)" : entry.source();
        CallAuditRows.insert(connection, new AuditEvent(entry.addedAt(), entry.agentId(), leadId,
                entry.number().masked(), AuditEvent.Type.DNC_ADDED, reason));
        return true;
    }

    /**
     * Marks every lead whose number is listed for all marketing, or for the lead's own product, as
     * do-not-call (final, out of the queue); returns how many changed.
     */
    public static int flagListedLeads(Connection connection, long nowMillis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE lead SET status = 'DO_NOT_CALL', next_eligible_at = NULL, updated_at = ?, version = version + 1 "
                        + "WHERE status <> 'DO_NOT_CALL' AND EXISTS (SELECT 1 FROM do_not_call d "
                        + "WHERE d.number = lead.phone AND d.product IN ('', coalesce(trim(lead.product), '')))")) {
            statement.setLong(1, nowMillis);
            return statement.executeUpdate();
        }
    }

    /** How many numbers are listed (in any scope). */
    public static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(DISTINCT number) FROM do_not_call");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

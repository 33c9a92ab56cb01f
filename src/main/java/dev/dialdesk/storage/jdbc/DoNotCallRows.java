package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The {@code do_not_call} rows (수신거부, by E.164 number), each addition audited, for both engines. */
public final class DoNotCallRows {

    private DoNotCallRows() {
    }

    public static Optional<DoNotCallEntry> find(Connection connection, PhoneNumber number) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT source, added_at, agent_id FROM do_not_call WHERE number = ?")) {
            statement.setString(1, number.e164());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String agent = rs.getString(3);
                return Optional.of(new DoNotCallEntry(number, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                        agent == null ? null : new AgentId(agent)));
            }
        }
    }

    /** Inserts a number with its audit row, inside the caller's transaction; false when it was listed. */
    public static boolean insert(Connection connection, PhoneNumber number, String source, AgentId agent, Instant at,
                                 long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO do_not_call(number, source, added_at, agent_id) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (number) DO NOTHING")) {
            statement.setString(1, number.e164());
            statement.setString(2, source);
            statement.setLong(3, at.toEpochMilli());
            statement.setString(4, agent == null ? null : agent.value());
            if (statement.executeUpdate() == 0) {
                return false;
            }
        }
        CallAuditRows.insert(connection, new AuditEvent(at, agent, leadId, number.masked(),
                AuditEvent.Type.DNC_ADDED, source));
        return true;
    }

    /** Marks every lead whose number is listed as do-not-call (final, out of the queue); returns how many changed. */
    public static int flagListedLeads(Connection connection, long nowMillis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE lead SET status = 'DO_NOT_CALL', next_eligible_at = NULL, updated_at = ?, version = version + 1 "
                        + "WHERE status <> 'DO_NOT_CALL' AND phone IN (SELECT number FROM do_not_call)")) {
            statement.setLong(1, nowMillis);
            return statement.executeUpdate();
        }
    }

    public static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM do_not_call");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

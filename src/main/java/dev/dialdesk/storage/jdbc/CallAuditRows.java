package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.AuditEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code call_audit} rows (masked numbers only), for both engines. */
public final class CallAuditRows {

    private CallAuditRows() {
    }

    public static void insert(Connection connection, AuditEvent event) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO call_audit(at, agent_id, lead_id, number_masked, event, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, event.at().toEpochMilli());
            statement.setString(2, event.agentId() == null ? null : event.agentId().value());
            if (event.leadId() == 0) {
                statement.setNull(3, Types.BIGINT);
            } else {
                statement.setLong(3, event.leadId());
            }
            statement.setString(4, event.maskedNumber());
            statement.setString(5, event.type().name());
            statement.setString(6, event.reason());
            statement.executeUpdate();
        }
    }

    /** Events at or after {@code since}, oldest first. */
    public static List<AuditEvent> since(Connection connection, Instant since) throws SQLException {
        List<AuditEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT at, agent_id, lead_id, number_masked, event, reason FROM call_audit WHERE at >= ? ORDER BY at, id")) {
            statement.setLong(1, since.toEpochMilli());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String agent = rs.getString(2);
                    events.add(new AuditEvent(Instant.ofEpochMilli(rs.getLong(1)),
                            agent == null ? null : new AgentId(agent), rs.getLong(3), rs.getString(4),
                            AuditEvent.Type.valueOf(rs.getString(5)), rs.getString(6)));
                }
            }
        }
        return events;
    }
}

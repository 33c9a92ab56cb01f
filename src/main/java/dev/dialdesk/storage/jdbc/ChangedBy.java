package dev.dialdesk.storage.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Who made the last change of a lead, callback or contract row, for a conflict in words: on the team
 * server the {@code updated_by} the server writes on every versioned update (PostgreSQL 012), else the
 * row's agent; on a desk's own file the row's agent (one desk, one agent: the other party of a lost race
 * there is the same agent's other window or background task).
 */
final class ChangedBy {

    private ChangedBy() {
    }

    /** The agent (or login) who last changed row {@code id} of {@code table} (a constant), or null when it is gone. */
    static String of(Connection connection, JdbcDatabase.Engine engine, String table, long id) throws SQLException {
        String who = engine == JdbcDatabase.Engine.POSTGRESQL ? "coalesce(updated_by, agent_id)" : "agent_id";
        try (PreparedStatement s = connection.prepareStatement("SELECT " + who + " FROM " + table + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * A lead the caller can no longer see (reassigned to another agent on the server): when and by whom it
     * was last changed, through {@code dialdesk_lead_change} (only those two facts), or null on a desk's
     * file and when there is no such lead.
     */
    static Moved movedAway(Connection connection, JdbcDatabase.Engine engine, long leadId) throws SQLException {
        if (engine != JdbcDatabase.Engine.POSTGRESQL) {
            return null;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT updated_at, updated_by FROM dialdesk_lead_change(?)")) {
            s.setLong(1, leadId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Moved(java.time.Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2)) : null;
            }
        }
    }

    record Moved(java.time.Instant at, String by) {
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.WaitingLeads;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/**
 * {@link WaitingLeads} over {@code lead}: the same on both engines, two counts on the queue's own indexes, and on
 * the server the shared pool's.
 */
public final class JdbcWaitingLeads implements WaitingLeads {

    private final JdbcDatabase database;

    public JdbcWaitingLeads(JdbcDatabase database) {
        this.database = database;
    }

    /**
     * On the team server the shared pool's leads count too: any agent's desk claims from it. Row-level
     * security hides them from the agent's login, so the server counts them (PostgreSQL 017).
     */
    @Override
    public long callableIgnoringHours(AgentId agent, Instant now) {
        String pool = database.engine() == JdbcDatabase.Engine.POSTGRESQL ? " + dialdesk_pool_waiting(?)" : "";
        return database.read(connection -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT "
                    + "(SELECT count(*) FROM lead WHERE agent_id = ? AND status = 'NEW') + "
                    + "(SELECT count(*) FROM lead WHERE agent_id = ? AND next_eligible_at IS NOT NULL "
                    + "AND next_eligible_at <= ? AND status <> 'NEW')" + pool)) {
                s.setString(1, agent.value());
                s.setString(2, agent.value());
                s.setLong(3, now.toEpochMilli());
                if (!pool.isEmpty()) {
                    s.setLong(4, now.toEpochMilli());
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}

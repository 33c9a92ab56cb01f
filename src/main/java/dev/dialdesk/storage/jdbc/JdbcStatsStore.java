package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.StatsStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link StatsStore} over the {@code stats_slot} roll-up (see {@code 007-row-versions.sql}). */
public final class JdbcStatsStore implements StatsStore {

    private static final String SUMS = "sum(dials), sum(contacts), sum(talk_ms), sum(sales), sum(dnc)";
    /**
     * The agent {@code a.id} dialled on the day {@code d} (a row of {@link LocalDays#table}): one index seek
     * per agent and day. {@code LIMIT 1 OFFSET 0} keeps it a seek on PostgreSQL: without the OFFSET the
     * planner turns the EXISTS into a semi join, and under an agent's row-level security (agent_id equal to
     * the login's agent, known once per query) it then read the agent's every slot once and compared it with
     * every day (1.2 M comparisons and a JIT compilation for one agent's streak, 300 ms). SQLite reads it as
     * written.
     */
    private static final String DIALLED = "EXISTS (SELECT 1 FROM stats_slot s WHERE s.agent_id = a.id "
            + "AND s.slot >= d.first_slot AND s.slot < d.end_slot AND s.dials > 0 LIMIT 1 OFFSET 0)";

    private final JdbcDatabase database;

    public JdbcStatsStore(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public List<CallSums> byAgent(Instant from, Instant to, Optional<AgentId> agent) {
        String sql = "SELECT agent_id, 0, " + SUMS + " FROM stats_slot WHERE slot >= ? AND slot < ?"
                + (agent.isPresent() ? " AND agent_id = ?" : "") + " GROUP BY agent_id HAVING sum(dials) > 0";
        return database.read(connection -> sums(connection, sql, from, to, agent, true));
    }

    @Override
    public List<CallSums> bySlot(Instant from, Instant to, Optional<AgentId> agent) {
        String sql = "SELECT NULL, slot, " + SUMS + " FROM stats_slot WHERE slot >= ? AND slot < ?"
                + (agent.isPresent() ? " AND agent_id = ?" : "") + " GROUP BY slot HAVING sum(dials) > 0";
        return database.read(connection -> sums(connection, sql, from, to, agent, false));
    }

    private static List<CallSums> sums(Connection connection, String sql, Instant from, Instant to,
                                       Optional<AgentId> agent, boolean perAgent) throws SQLException {
        List<CallSums> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, slot(from));
            statement.setLong(2, slot(to));
            if (agent.isPresent()) {
                statement.setString(3, agent.get().value());
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new CallSums(perAgent ? new AgentId(rs.getString(1)) : null, rs.getLong(2), rs.getInt(3),
                            rs.getInt(4), rs.getLong(5), rs.getInt(6), rs.getInt(7)));
                }
            }
        }
        return rows;
    }

    @Override
    public Map<AgentId, Integer> daysWithoutSale(Instant lookbackFrom, Instant to, ZoneId zone) {
        // Per agent its last sale's slot (one seek on the sales index) and its first dial of the lookback
        // (one seek), then the local days that start after the sale, end after the first dial and hold a
        // dial (one seek per day): an agent without a sale in the lookback costs the days it worked, not
        // the lookback's 365.
        String days = LocalDays.table(zone, lookbackFrom, to);
        if (days.isEmpty()) {
            return Map.of();
        }
        String sql = "WITH " + days + ", a AS MATERIALIZED (SELECT g.id, coalesce((SELECT max(slot) FROM stats_slot "
                + "WHERE agent_id = g.id AND sales > 0 AND slot < ?), -1) AS last_sale, (SELECT min(slot) FROM stats_slot "
                + "WHERE agent_id = g.id AND slot >= ? AND slot < ? AND dials > 0) AS first_dial FROM agent g) "
                + "SELECT a.id, (SELECT count(*) FROM d WHERE d.first_slot > a.last_sale AND d.end_slot > a.first_dial AND "
                + DIALLED + ") FROM a";
        return database.read(connection -> perAgentCount(connection, sql, slot(to), slot(lookbackFrom), slot(to)));
    }

    @Override
    public Map<AgentId, Integer> daysWorked(Instant from, Instant to, ZoneId zone) {
        String days = LocalDays.table(zone, from, to);
        if (days.isEmpty()) {
            return Map.of();
        }
        String sql = "WITH " + days + " SELECT a.id, (SELECT count(*) FROM d WHERE " + DIALLED + ") FROM agent a";
        return database.read(connection -> perAgentCount(connection, sql));
    }

    private static Map<AgentId, Integer> perAgentCount(Connection connection, String sql, long... args)
            throws SQLException {
        Map<AgentId, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setLong(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(new AgentId(rs.getString(1)), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    @Override
    public List<BatchProgress> batchProgress(Instant from, Instant to, Optional<AgentId> agent) {
        String sql = "SELECT l.agent_id, count(*), sum(CASE WHEN l.attempt_count = 0 THEN 1 ELSE 0 END) FROM lead_batch b "
                + "JOIN lead l ON l.batch_id = b.id WHERE b.imported_at >= ? AND b.imported_at < ?"
                + (agent.isPresent() ? " AND l.agent_id = ?" : "") + " GROUP BY l.agent_id";
        return database.read(connection -> {
            List<BatchProgress> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, from.toEpochMilli());
                statement.setLong(2, to.toEpochMilli());
                if (agent.isPresent()) {
                    statement.setString(3, agent.get().value());
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new BatchProgress(new AgentId(rs.getString(1)), rs.getInt(2), rs.getInt(3)));
                    }
                }
            }
            return rows;
        });
    }

    @Override
    public List<Agent> agents() {
        return database.read(connection -> {
            List<Agent> agents = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, name FROM agent ORDER BY id");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    agents.add(new Agent(new AgentId(rs.getString(1)), rs.getString(2)));
                }
            }
            return agents;
        });
    }

    @Override
    public List<CallLine> calls(AgentId agent, Instant from, Instant to) {
        return database.read(connection -> {
            List<CallLine> calls = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT c.started_at, c.duration_ms, c.disposition, l.name, l.phone, c.note FROM call_attempt c "
                            + "JOIN lead l ON l.id = c.lead_id WHERE c.agent_id = ? AND c.started_at >= ? "
                            + "AND c.started_at < ? ORDER BY c.started_at, c.id")) {
                statement.setString(1, agent.value());
                statement.setLong(2, from.toEpochMilli());
                statement.setLong(3, to.toEpochMilli());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String note = rs.getString(6);
                        calls.add(new CallLine(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), note == null ? "" : note));
                    }
                }
            }
            return calls;
        });
    }

    /** The epoch quarter hour an instant falls in (ranges of the dashboard start on whole quarter hours). */
    static long slot(Instant instant) {
        return Math.floorDiv(instant.toEpochMilli(), SLOT_MILLIS);
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.storage.FloorStatsStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link FloorStatsStore} over {@code call_attempt}, {@code disposition} and {@code contract}, the same SQL
 * on both engines. On the team server the figures are those of the calls the connection sees: an
 * agent's own, or every agent's on the team lead's connection.
 */
public final class JdbcFloorStats implements FloorStatsStore {

    private static final long MONTH_MS = OutcomeFates.MONTH.toMillis();
    private static final String WARM = "('THINKING', 'CALLBACK', 'CONTRACTED')";

    // The first contact of each lead and kind with its agent: a window, not SQLite's bare column beside min().
    private static final String FATES = "WITH firsts AS (SELECT r.lead_id, r.agent_id, r.kind, r.at FROM ("
            + " SELECT c.lead_id AS lead_id, c.agent_id AS agent_id, d.lead_status AS kind, c.started_at AS at,"
            + " row_number() OVER (PARTITION BY c.lead_id, d.lead_status ORDER BY c.started_at, c.id) AS n"
            + " FROM call_attempt c JOIN disposition d ON d.code = c.disposition"
            + " WHERE c.contact = 1 AND c.started_at >= ? AND c.started_at < ?"
            + " AND d.lead_status IN ('THINKING', 'CALLBACK', 'REFUSED') AGENT) r WHERE r.n = 1)"
            + " SELECT f.lead_id, f.agent_id, f.kind, f.at,"
            + " (SELECT min(s.started_at) FROM call_attempt s WHERE s.lead_id = f.lead_id AND s.sale = 1"
            + "  AND s.started_at > f.at),"
            + " (SELECT min(k.contract_at) FROM contract k WHERE k.lead_id = f.lead_id AND k.contract_at > f.at),"
            + " (SELECT min(k.contract_at) FROM contract k WHERE k.lead_id = f.lead_id AND k.contract_at > f.at"
            + "  AND k.contract_at <= f.at + " + MONTH_MS + " AND k.qa_state IN ('WITHDRAWN', 'RETURNED'))"
            + " FROM firsts f ORDER BY f.at, f.lead_id";

    private final JdbcDatabase database;

    public JdbcFloorStats(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public List<OutcomeFates.Fate> fates(Instant from, Instant to, Optional<AgentId> agent) {
        String sql = FATES.replace("AGENT", agent.isPresent() ? "AND c.agent_id = ?" : "");
        return database.read(connection -> {
            List<OutcomeFates.Fate> fates = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, from.toEpochMilli());
                statement.setLong(2, to.toEpochMilli());
                if (agent.isPresent()) {
                    statement.setString(3, agent.get().value());
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Instant saleCall = instant(rs, 5);
                        Instant contract = instant(rs, 6);
                        Instant contracted = saleCall == null ? contract
                                : contract == null || saleCall.isBefore(contract) ? saleCall : contract;
                        fates.add(new OutcomeFates.Fate(rs.getLong(1), new AgentId(rs.getString(2)),
                                OutcomeFates.Kind.valueOf(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)),
                                contracted, instant(rs, 7)));
                    }
                }
            }
            return fates;
        });
    }

    @Override
    public void attempts(Instant from, Instant to, Optional<AgentId> agent, boolean afterWarmContact,
                         AttemptSink sink) {
        // "agent_id IN (SELECT id FROM agent)" lets the team's query walk the per-agent index too.
        String sql = "SELECT c.agent_id, c.started_at, c.contact FROM call_attempt c WHERE "
                + (agent.isPresent() ? "c.agent_id = ?" : "c.agent_id IN (SELECT id FROM agent)")
                + " AND c.started_at >= ? AND c.started_at < ?"
                + (afterWarmContact ? " AND EXISTS (SELECT 1 FROM call_attempt w JOIN disposition d ON d.code = w.disposition"
                + " WHERE w.lead_id = c.lead_id AND w.contact = 1 AND w.started_at < c.started_at"
                + " AND d.lead_status IN " + WARM + ")" : "");
        database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                if (agent.isPresent()) {
                    statement.setString(i++, agent.get().value());
                }
                statement.setLong(i++, from.toEpochMilli());
                statement.setLong(i, to.toEpochMilli());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new AgentId(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2)), rs.getInt(3) == 1);
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<Long> answeredAtHour(AgentId agent, Instant since, int utcOffsetHours, int hourOfDay, int limit) {
        String sql = "SELECT lead_id FROM call_attempt WHERE agent_id = ? AND started_at >= ? AND contact = 1"
                + " AND ((started_at / 3600000 + ?) % 24) = ? GROUP BY lead_id ORDER BY max(started_at) DESC LIMIT ?";
        return database.read(connection -> {
            List<Long> leads = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, agent.value());
                statement.setLong(2, since.toEpochMilli());
                statement.setInt(3, Math.floorMod(utcOffsetHours, 24));
                statement.setInt(4, hourOfDay);
                statement.setInt(5, limit);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        leads.add(rs.getLong(1));
                    }
                }
            }
            return leads;
        });
    }

    @Override
    public List<Long> liveContracts(Instant soldSince, Optional<AgentId> agent, long leadId) {
        String sql = "SELECT id FROM contract WHERE contract_at >= ? AND qa_state NOT IN ('WITHDRAWN', 'CANCELLED', 'RETURNED')"
                + (agent.isPresent() ? " AND agent_id = ?" : "") + (leadId > 0 ? " AND lead_id = ?" : "")
                + " ORDER BY contract_at, id";
        return database.read(connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                statement.setLong(i++, soldSince.toEpochMilli());
                if (agent.isPresent()) {
                    statement.setString(i++, agent.get().value());
                }
                if (leadId > 0) {
                    statement.setLong(i, leadId);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public java.util.Set<Long> avoidingLeads(AgentId agent, int attempts) {
        String lastContact = "(SELECT max(w.started_at) FROM call_attempt w WHERE w.lead_id = l.id AND w.contact = 1)";
        String sql = "SELECT l.id FROM lead l WHERE l.agent_id = ? AND l.attempt_count > ? AND l.status = 'NO_ANSWER'"
                + " AND (SELECT d.lead_status FROM call_attempt w JOIN disposition d ON d.code = w.disposition"
                + " WHERE w.lead_id = l.id AND w.contact = 1 ORDER BY w.started_at DESC LIMIT 1) IN " + WARM
                + " AND (SELECT count(*) FROM call_attempt c WHERE c.lead_id = l.id AND c.started_at > " + lastContact
                + ") >= ?";
        return database.read(connection -> {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, agent.value());
                statement.setInt(2, attempts);
                statement.setInt(3, attempts);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private static Instant instant(ResultSet rs, int column) throws java.sql.SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}

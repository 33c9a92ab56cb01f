package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.storage.FloorStatsStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
    /** The roll-up's quarter hour ({@code stats_slot.slot = started_at / 900000}). */
    private static final long SLOT_MS = 900_000;
    private static final String WARM = "('THINKING', 'CALLBACK', 'CONTRACTED')";

    // The first contact of each lead and kind, then its agent by the lead's index: SQLite's bare column
    // beside min() means nothing on PostgreSQL, and a window over every contact costs twice the grouping.
    private static final String FATES = "WITH firsts AS ("
            + " SELECT c.lead_id AS lead_id, d.lead_status AS kind, min(c.started_at) AS at"
            + " FROM call_attempt c JOIN disposition d ON d.code = c.disposition"
            + " WHERE c.contact = 1 AND c.started_at >= ? AND c.started_at < ?"
            + " AND d.lead_status IN ('THINKING', 'CALLBACK', 'REFUSED') AGENT_C"
            + " GROUP BY c.lead_id, d.lead_status)"
            + " SELECT f.lead_id, (SELECT a.agent_id FROM call_attempt a WHERE a.lead_id = f.lead_id"
            + "  AND a.started_at = f.at AND a.contact = 1 AGENT_A ORDER BY a.id LIMIT 1), f.kind, f.at,"
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
        String sql = FATES.replace("AGENT_C", agent.isPresent() ? "AND c.agent_id = ?" : "")
                .replace("AGENT_A", agent.isPresent() ? "AND a.agent_id = ?" : "");
        return database.read(connection -> {
            List<OutcomeFates.Fate> fates = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, from.toEpochMilli());
                statement.setLong(2, to.toEpochMilli());
                if (agent.isPresent()) {
                    statement.setString(3, agent.get().value());
                    statement.setString(4, agent.get().value());
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
    public void contactHours(Instant from, Instant to, ZoneId zone, Optional<AgentId> agent, HourSink sink) {
        AttemptSink one = (who, at, contact) -> sink.accept(who, at, 1, contact ? 1 : 0);
        long start = Math.floorDiv(from.toEpochMilli() + SLOT_MS - 1, SLOT_MS) * SLOT_MS;
        long end = Math.floorDiv(to.toEpochMilli(), SLOT_MS) * SLOT_MS;
        if (start >= end) {
            attempts(from, to, agent, false, one);
            return;
        }
        if (from.toEpochMilli() < start) {
            attempts(from, Instant.ofEpochMilli(start), agent, false, one);
        }
        ZoneRules rules = zone.getRules();
        for (long at = start; at < end; ) {
            ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochMilli(at));
            long until = next == null ? end : Math.min(end, next.getInstant().toEpochMilli());
            long offset = rules.getOffset(Instant.ofEpochMilli(at)).getTotalSeconds() * 1000L;
            if (at % SLOT_MS == 0 && until % SLOT_MS == 0 && offset % SLOT_MS == 0) {
                slotHours(at, until, offset, agent, sink);
            } else {
                attempts(Instant.ofEpochMilli(at), Instant.ofEpochMilli(until), agent, false, one);
            }
            at = until;
        }
        if (end < to.toEpochMilli()) {
            attempts(Instant.ofEpochMilli(end), to, agent, false, one);
        }
    }

    /** The roll-up's sums of [start, end), quarter-hour aligned, by agent and hour of a clock {@code offset} from UTC. */
    private void slotHours(long start, long end, long offset, Optional<AgentId> agent, HourSink sink) {
        String sql = "SELECT s.agent_id, s.h, sum(s.dials), sum(s.contacts) FROM (SELECT agent_id, (slot * " + SLOT_MS
                + " + ?) / 3600000 AS h, dials, contacts FROM stats_slot WHERE slot >= ? AND slot < ?"
                + (agent.isPresent() ? " AND agent_id = ?" : "") + ") s GROUP BY s.agent_id, s.h";
        database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, offset);
                statement.setLong(2, start / SLOT_MS);
                statement.setLong(3, end / SLOT_MS);
                if (agent.isPresent()) {
                    statement.setString(4, agent.get().value());
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(new AgentId(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2) * 3_600_000 - offset),
                                (int) rs.getLong(3), (int) rs.getLong(4));
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

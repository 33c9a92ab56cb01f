package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.stats.ContractMetricsSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The contract figures from the {@code contract} table (see {@code docs/metrics.md}), per agent and
 * centre day. Contracts and premium: contracts dated that day, cancelled ones left out (the same rule
 * as the shift panel's premium, {@code JdbcContractStore.premiumWon}). Withdrawals: by their
 * withdrawal date. Returns: by the day they were returned. QA cases: open now (re-recording required,
 * deadline ahead) and expired (deadline in the range passed without a re-recording).
 */
public final class JdbcContractMetrics implements ContractMetricsSource {

    /**
     * Parameters: now (twice), then the range (from, to] in which an expired case's deadline fell (to at
     * most now), twice. Deadlines are exclusive (a day's deadline is the next day's 00:00), so the range
     * is (from, to]: the deadline that ends a day counts on that day.
     */
    private static final String QA_CASES = "SELECT id, agent_id, qa_deadline_at, "
            + "CASE WHEN qa_deadline_at > ? THEN 1 ELSE 0 END FROM contract "
            + "WHERE ((qa_state = 'RE_RECORDING_REQUIRED' AND (qa_deadline_at > ? OR "
            + "(qa_deadline_at > ? AND qa_deadline_at <= ?))) OR (qa_state = 'RETURNED' AND return_reason = 'DEADLINE' "
            + "AND qa_deadline_at > ? AND qa_deadline_at <= ?))";
    /** The instant whose day a return counts on: a deadline's return on the deadline's last day. */
    private static final String RETURN_DAY_AT = "(returned_at - CASE WHEN return_reason = 'DEADLINE' THEN 1 ELSE 0 END)";
    private static final String NOT_CANCELLED = " AND qa_state <> 'CANCELLED'";

    private final JdbcDatabase database;
    private final Clock clock;

    public JdbcContractMetrics(JdbcDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public List<ContractDay> daily(LocalDate from, LocalDate to, ZoneId zone, Optional<AgentId> agent) {
        long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        String only = agent.isPresent() ? " AND agent_id = ?" : "";
        return database.read(connection -> {
            Map<String, long[]> sums = new TreeMap<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT agent_id, contract_at, premium_won FROM contract "
                    + "WHERE contract_at >= ? AND contract_at < ?" + NOT_CANCELLED + only)) {
                bind(s, start, end, agent);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long[] sum = sum(sums, rs.getString(1), day(rs.getLong(2), zone));
                        sum[0]++;
                        sum[1] += rs.getLong(3);
                    }
                }
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT agent_id, withdrawal_date FROM contract "
                    + "WHERE withdrawal_date >= ? AND withdrawal_date <= ?" + only)) {
                s.setString(1, from.toString());
                s.setString(2, to.toString());
                if (agent.isPresent()) {
                    s.setString(3, agent.get().value());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sum(sums, rs.getString(1), LocalDate.parse(rs.getString(2)))[2]++;
                    }
                }
            }
            // A return by the deadline happens at the (exclusive) deadline, the next day's 00:00: it
            // counts on the deadline's last day, like the expired case, so one millisecond earlier.
            try (PreparedStatement s = connection.prepareStatement("SELECT agent_id, " + RETURN_DAY_AT + " FROM contract "
                    + "WHERE returned_at IS NOT NULL AND " + RETURN_DAY_AT + " >= ? AND " + RETURN_DAY_AT + " < ?" + only)) {
                bind(s, start, end, agent);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sum(sums, rs.getString(1), day(rs.getLong(2), zone))[3]++;
                    }
                }
            }
            return days(sums);
        });
    }

    private static LocalDate day(long millis, ZoneId zone) {
        return Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
    }

    private static long[] sum(Map<String, long[]> sums, String agent, LocalDate day) {
        return sums.computeIfAbsent(agent + '\t' + day, k -> new long[4]);
    }

    private static List<ContractDay> days(Map<String, long[]> sums) {
        List<ContractDay> days = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> {
            int tab = key.indexOf('\t');
            days.add(new ContractDay(new AgentId(key.substring(0, tab)), LocalDate.parse(key.substring(tab + 1)),
                    (int) sum[0], sum[1], (int) sum[2], (int) sum[3]));
        });
        return days;
    }

    private static void bind(PreparedStatement s, long from, long to, Optional<AgentId> agent) throws SQLException {
        s.setLong(1, from);
        s.setLong(2, to);
        if (agent.isPresent()) {
            s.setString(3, agent.get().value());
        }
    }

    /**
     * Open: re-recording required and the deadline still ahead of now. Expired: the deadline fell in
     * [from, to) and before now, and no re-recording came (returned for the deadline, or still waiting
     * for the minute tick to return it).
     */
    @Override
    public List<QaCase> qaCases(Instant from, Instant to, Optional<AgentId> agent) {
        long now = clock.millis();
        long expiredTo = Math.min(to.toEpochMilli(), now);
        return database.read(connection -> {
            List<QaCase> cases = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(QA_CASES + (agent.isPresent() ? " AND agent_id = ?" : "")
                    + " ORDER BY qa_deadline_at, id")) {
                s.setLong(1, now);
                s.setLong(2, now);
                for (int pair = 0; pair < 2; pair++) {
                    s.setLong(3 + 2 * pair, from.toEpochMilli());
                    s.setLong(4 + 2 * pair, expiredTo);
                }
                if (agent.isPresent()) {
                    s.setString(7, agent.get().value());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        cases.add(new QaCase(rs.getLong(1), new AgentId(rs.getString(2)),
                                Instant.ofEpochMilli(rs.getLong(3)), rs.getInt(4) == 1 ? QaCaseState.OPEN : QaCaseState.EXPIRED));
                    }
                }
            }
            return cases;
        });
    }

    /** The agent's contracts dated in [from, to), cancelled ones included; {@code qaState} is the state's label key. */
    @Override
    public List<ContractLine> contracts(AgentId agent, Instant from, Instant to) {
        return database.read(connection -> {
            List<ContractLine> lines = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT id, contract_at, product, premium_won, qa_state, "
                    + "qa_deadline_at FROM contract WHERE agent_id = ? AND contract_at >= ? AND contract_at < ? "
                    + "ORDER BY contract_at, id")) {
                s.setString(1, agent.value());
                s.setLong(2, from.toEpochMilli());
                s.setLong(3, to.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new ContractLine(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                                rs.getLong(4), "contracts.state." + rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
                    }
                }
            }
            return lines;
        });
    }
}

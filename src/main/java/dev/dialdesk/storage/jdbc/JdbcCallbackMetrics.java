package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.CallbackMetricsSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The callback figures from the {@code callback} table (see {@code docs/metrics.md}): per agent (the
 * owner who booked it) and the centre day of its due time. Due: every callback due that day except
 * cancelled ones. Kept: DONE and never missed (a call was logged from 5 minutes before its time to the
 * end of the grace period). Missed: missed at some point ({@code missed_at} set), even if called later.
 */
public final class JdbcCallbackMetrics implements CallbackMetricsSource {

    private static final String SELECT = "SELECT agent_id, due_at, "
            + "CASE WHEN status = 'DONE' AND missed_at IS NULL THEN 1 ELSE 0 END, "
            + "CASE WHEN missed_at IS NOT NULL THEN 1 ELSE 0 END FROM callback WHERE due_at >= ? AND due_at < ? AND status <> 'CANCELLED'";

    private final JdbcDatabase database;

    public JdbcCallbackMetrics(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public List<CallbackDay> daily(LocalDate from, LocalDate to, ZoneId zone, Optional<AgentId> agent) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, int[]> counts = database.read(connection -> {
            Map<String, int[]> sums = new TreeMap<>();
            try (PreparedStatement s = connection.prepareStatement(SELECT + (agent.isPresent() ? " AND agent_id = ?" : ""))) {
                s.setLong(1, start.toEpochMilli());
                s.setLong(2, end.toEpochMilli());
                if (agent.isPresent()) {
                    s.setString(3, agent.get().value());
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        LocalDate day = Instant.ofEpochMilli(rs.getLong(2)).atZone(zone).toLocalDate();
                        int[] sum = sums.computeIfAbsent(rs.getString(1) + '\t' + day, k -> new int[3]);
                        sum[0]++;
                        sum[1] += rs.getInt(3);
                        sum[2] += rs.getInt(4);
                    }
                }
            }
            return sums;
        });
        List<CallbackDay> days = new ArrayList<>(counts.size());
        counts.forEach((key, sum) -> {
            int tab = key.indexOf('\t');
            days.add(new CallbackDay(new AgentId(key.substring(0, tab)), LocalDate.parse(key.substring(tab + 1)),
                    sum[0], sum[1], sum[2]));
        });
        return days;
    }
}

package dev.dialdesk.app.bench;

import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.StatsRollup;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates the statistics benchmark's data in one transaction, by SQL: agents, 4,000 leads each,
 * and the calls spread over 90 days, 09:00–21:00 Seoul. The call log's indexes and the roll-up's
 * triggers are dropped during the bulk insert and recreated after it (a sorted index build is much
 * faster than 5 M random inserts); the roll-up is then rebuilt in one statement.
 */
final class StatsBenchData {

    private static final int LEADS_PER_AGENT = 4_000;

    private StatsBenchData() {
    }

    static String agentId(int agent) {
        return String.format(Locale.ROOT, "A%02d", agent);
    }

    /** A lead of the agent (lead ids 1..n; lead L belongs to agent (L - 1) % agents). */
    static int leadOf(int agent, int i, int agents, int leads) {
        return 1 + agent + agents * (i % (leads / agents));
    }

    static String phone(int lead) {
        return String.format(Locale.ROOT, "+8210%08d", lead);
    }

    /** Returns the number of leads. */
    static int generate(SqliteDatabase database, int agents, int calls, Instant firstDay) {
        int leads = agents * LEADS_PER_AGENT;
        int days = StatsBenchmark.DAYS;
        database.write(connection -> {
            List<String> recreate = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE tbl_name = 'call_attempt' "
                         + "AND type IN ('index', 'trigger') AND sql IS NOT NULL")) {
                while (rs.next()) {
                    recreate.add(rs.getString(1));
                }
            }
            try (Statement s = connection.createStatement()) {
                for (String sql : recreate) {
                    String[] words = sql.split("\\s+");
                    s.execute("DROP " + words[1] + " " + words[2]);
                }
                for (int a = 0; a < agents; a++) {
                    s.execute("INSERT INTO agent(id, name, created_at) VALUES ('" + agentId(a) + "', 'Agent " + a + "', 0)");
                    s.execute("INSERT INTO lead_batch(id, name, agent_id, imported_at) VALUES (" + (a + 1) + ", 'batch', '"
                            + agentId(a) + "', " + firstDay.toEpochMilli() + ")");
                }
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                            + "INSERT INTO lead(id, batch_id, agent_id, phone, name, status, created_at, updated_at, attempt_count) "
                            + "SELECT i, 1 + (i - 1) % ?1x, printf('A%02d', (i - 1) % ?1x), printf('+8210%08d', i), '', 'NO_ANSWER', 0, 0, 1 FROM n"
                                    .replace("?1x", String.valueOf(agents)))) {
                p.setInt(1, leads);
                p.executeUpdate();
            }
            // Call i: agent i % A, its (i / A)-th lead, day (i / A) % 90, a time of day from 09:00 to 21:00;
            // its id is time-ordered like the call loop's (UUIDv7: the start's milliseconds, then i).
            try (PreparedStatement p = connection.prepareStatement(
                    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1), "
                            + "c(i, agent, d, r, t) AS (SELECT i, i % " + agents + ", (i / " + agents + ") % " + days
                            + ", (i * 7919) % 20, ?2 + ((i / " + agents + ") % " + days + ") * 86400000 + 32400000 + (i * 7919) % 43200000 "
                            + "FROM n) "
                            + "INSERT INTO call_attempt(id, client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                            + "disposition, contact, sale, note) "
                            + "SELECT i + 1, printf('%08x-%04x-7000-8000-%012x', t / 65536, t % 65536, i), 1 + agent + " + agents
                            + " * ((i / " + agents + ") % " + LEADS_PER_AGENT + "), printf('A%02d', agent), "
                            + "?2 + d * 86400000 + 32400000 + (i * 7919) % 43200000, "
                            + "?2 + d * 86400000 + 32400000 + (i * 7919) % 43200000 + CASE WHEN r >= 12 THEN 60000 + (i % 240) * 1000 ELSE 15000 END, "
                            + "CASE WHEN r >= 12 THEN 60000 + (i % 240) * 1000 ELSE 15000 END, "
                            + "CASE WHEN r < 8 THEN 'NO_ANSWER' WHEN r < 10 THEN 'BUSY' WHEN r < 11 THEN 'PHONE_OFF' "
                            + "WHEN r < 12 THEN 'WRONG_NUMBER' WHEN r < 15 THEN 'REFUSED' WHEN r < 17 THEN 'THINKING' "
                            + "WHEN r < 18 THEN 'CALLBACK' WHEN r < 19 THEN 'CONTRACT' ELSE 'DO_NOT_CALL' END, "
                            + "r >= 12, r = 18, NULL FROM c")) {
                p.setInt(1, calls);
                p.setLong(2, firstDay.toEpochMilli());
                p.executeUpdate();
            }
            try (Statement s = connection.createStatement()) {
                for (String sql : recreate) {
                    s.execute(sql);
                }
            }
            StatsRollup.rebuild(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
        return leads;
    }
}

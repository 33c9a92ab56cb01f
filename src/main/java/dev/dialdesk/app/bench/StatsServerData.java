package dev.dialdesk.app.bench;

import dev.dialdesk.storage.jdbc.StatsRollup;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link StatsBenchData}'s agents, leads and calls on a PostgreSQL server, made by the server itself
 * ({@code generate_series}, one statement per table, no row crosses the network), as the schema's
 * owner. Like the SQLite bulk load, the call log's plain indexes and foreign keys are dropped during
 * the insert and made again after it (one sorted build and one validating join instead of 5 M index
 * inserts and 15 M key look-ups), its roll-up trigger is disabled and the roll-up rebuilt in one
 * statement, then put in time order on disk as a floor's trigger would have written it.
 */
final class StatsServerData {

    private static final int LEADS_PER_AGENT = 4_000;

    private StatsServerData() {
    }

    static void generate(PostgresDatabase database, int agents, int calls, Instant firstDay) {
        database.write(connection -> {
            List<String> recreate = dropIndexesAndKeys(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("ALTER TABLE call_attempt DISABLE TRIGGER USER");
                s.execute("INSERT INTO agent(id, name, created_at) SELECT 'A' || lpad(a::text, 2, '0'), 'Agent ' || a, 0 "
                        + "FROM generate_series(0, " + (agents - 1) + ") a");
                s.execute("INSERT INTO lead_batch(id, name, agent_id, imported_at) SELECT a + 1, 'batch', "
                        + "'A' || lpad(a::text, 2, '0'), " + firstDay.toEpochMilli() + " FROM generate_series(0, "
                        + (agents - 1) + ") a");
                s.execute("INSERT INTO lead(id, batch_id, agent_id, phone, name, status, created_at, updated_at, "
                        + "attempt_count) SELECT i, 1 + (i - 1) % " + agents + ", 'A' || lpad(((i - 1) % " + agents
                        + ")::text, 2, '0'), '+8210' || lpad(i::text, 8, '0'), '', 'NO_ANSWER', 0, 0, 1 "
                        + "FROM generate_series(1, " + agents * LEADS_PER_AGENT + ") i");
            }
            insertCalls(connection, agents, calls, firstDay);
            try (Statement s = connection.createStatement()) {
                for (String sql : recreate) {
                    s.execute(sql);
                }
                StatsRollup.rebuild(connection);
                // In the order a floor writes it (the call log's trigger adds each quarter hour's rows as it
                // happens): the rebuild's rows come in the grouping's hash order, which spread one day's
                // 2,400 rows over 1,474 of the table's pages instead of 25 (SQLite's table is clustered by
                // its key anyway: WITHOUT ROWID).
                s.execute("CLUSTER stats_slot USING stats_slot_pkey");
                s.execute("ALTER TABLE call_attempt ENABLE TRIGGER USER");
                for (String table : new String[] {"lead_batch", "lead", "call_attempt"}) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM "
                            + table + "))");
                }
            }
            return null;
        });
        database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
    }

    /**
     * Call i: agent i % A, its (i / A)-th lead, day (i / A) % 90, a time of day from 09:00 to 21:00, a
     * time-ordered id; the same formulas as {@link StatsBenchData}.
     */
    private static void insertCalls(Connection connection, int agents, int calls, Instant firstDay) throws SQLException {
        int days = StatsBenchmark.DAYS;
        String t = "(? + ((i / " + agents + ") % " + days + ") * 86400000 + 32400000 + (i * 7919) % 43200000)";
        String talk = "CASE WHEN (i * 7919) % 20 >= 12 THEN 60000 + (i % 240) * 1000 ELSE 15000 END";
        String r = "((i * 7919) % 20)";
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO call_attempt(id, client_id, lead_id, "
                + "agent_id, started_at, ended_at, duration_ms, disposition, contact, sale, note) "
                + "SELECT i + 1, lpad(to_hex(t / 65536), 8, '0') || '-' || lpad(to_hex(t % 65536), 4, '0') || "
                + "'-7000-8000-' || lpad(to_hex(i), 12, '0'), 1 + i % " + agents + " + " + agents + " * ((i / " + agents
                + ") % " + LEADS_PER_AGENT + "), 'A' || lpad((i % " + agents + ")::text, 2, '0'), t, t + " + talk + ", "
                + talk + ", CASE WHEN " + r + " < 8 THEN 'NO_ANSWER' WHEN " + r + " < 10 THEN 'BUSY' WHEN " + r
                + " < 11 THEN 'PHONE_OFF' WHEN " + r + " < 12 THEN 'WRONG_NUMBER' WHEN " + r + " < 15 THEN 'REFUSED' "
                + "WHEN " + r + " < 17 THEN 'THINKING' WHEN " + r + " < 18 THEN 'CALLBACK' WHEN " + r
                + " < 19 THEN 'CONTRACT' ELSE 'DO_NOT_CALL' END, CASE WHEN " + r + " >= 12 THEN 1 ELSE 0 END, "
                + "CASE WHEN " + r + " = 18 THEN 1 ELSE 0 END, NULL "
                + "FROM (SELECT i, " + t + " AS t FROM generate_series(0::bigint, ? - 1) i) c")) {
            p.setLong(1, firstDay.toEpochMilli());
            p.setLong(2, calls);
            p.executeUpdate();
        }
    }

    /** Drops the call log's plain indexes and foreign keys; returns the statements that make them again. */
    private static List<String> dropIndexesAndKeys(Connection connection) throws SQLException {
        List<String> recreate = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                     + "WHERE conrelid = 'call_attempt'::regclass AND contype = 'f'")) {
            while (rs.next()) {
                drop.add("ALTER TABLE call_attempt DROP CONSTRAINT " + rs.getString(1));
                recreate.add("ALTER TABLE call_attempt ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = "
                     + "'call_attempt' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")) {
            while (rs.next()) {
                drop.add("DROP INDEX " + rs.getString(1));
                recreate.add(rs.getString(2));
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String sql : drop) {
                s.execute(sql);
            }
        }
        return recreate;
    }
}

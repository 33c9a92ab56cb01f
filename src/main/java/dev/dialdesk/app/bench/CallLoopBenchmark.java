package dev.dialdesk.app.bench;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.leads.CustomerTimeline;
import dev.dialdesk.service.rules.RulesSettingKeys;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.jdbc.JdbcCustomerTimelineStore;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The call loop at the size (100,000 leads, 1,000,000 calls at FULL; a tenth at SMALL):
 * from "record the outcome" to "next lead returned" (median and p99), saving one attempt with
 * {@code synchronous=FULL}, and the sqlite3 CLI running the same next-lead query on the same file.
 */
public final class CallLoopBenchmark implements Benchmark {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** A Tuesday morning, so that calling hours are open whatever the time of the run. */
    private static final LocalDateTime ANCHOR = LocalDateTime.of(2025, 3, 11, 11, 0);
    private static final int AGENTS = 5;
    private static final int BATCHES = 10;
    private static final int ITERATIONS = 300;
    private static final int WARM_UP = 20;

    @Override
    public String id() {
        return "callloop";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        int leads = context.size() == BenchSize.FULL ? 100_000 : 10_000;
        int calls = leads * 10;
        Path file = context.workDir().resolve("callloop.db");
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        Instant anchor = ANCHOR.atZone(SEOUL).toInstant();
        Clock clock = Clock.offset(Clock.system(SEOUL), Duration.between(Instant.now(), anchor));
        double[] cycle = new double[ITERATIONS];
        double[] save = new double[ITERATIONS];
        double[] preferred = new double[ITERATIONS];
        double[] timeline;
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            generate(database, leads, calls, anchor.toEpochMilli());
            Settings settings = Settings.inMemory();
            settings.set(SettingKeys.CENTRE_ZONE, SEOUL);
            CallSession session = new CallLoopServices(database, settings, clock).session(new AgentId("A1"));
            session.next().orElseThrow();
            loop(session, cycle, save);
            // issue 16: the queue prefers, at this hour, the leads that answered at this hour before
            settings.set(RulesSettingKeys.PREFER_ANSWERED_HOUR, true);
            loop(session, preferred, new double[ITERATIONS]);
            timeline = timeline(database, leads, anchor.toEpochMilli());
        }
        List<BenchResult> rows = new ArrayList<>();
        double baseline = context.hasSqlite3() ? sqlite3NextLead(context, file, anchor.toEpochMilli()) : Double.NaN;
        String baselineName = context.hasSqlite3() ? "sqlite3 CLI: next-lead SELECT (incl. process start)" : null;
        String scale = String.format(Locale.ROOT, "%,d leads, %,d calls", leads, calls);
        double median = Stopwatch.median(cycle);
        double p99 = Stopwatch.percentile(cycle, 99);
        double saveMedian = Stopwatch.median(save);
        rows.add(new BenchResult("disposition → next lead, median (" + scale + ")", median, baselineName, baseline,
                "< 100 ms", median < 100));
        rows.add(new BenchResult("disposition → next lead, p99 (" + scale + ")", p99, null, Double.NaN,
                "< 200 ms", p99 < 200));
        rows.add(new BenchResult("save one attempt, synchronous=FULL, median", saveMedian, null, Double.NaN,
                "< 10 ms", saveMedian < 10));
        double preferredMedian = Stopwatch.median(preferred);
        double preferredP99 = Stopwatch.percentile(preferred, 99);
        rows.add(new BenchResult("disposition → next lead, answered-hour preference on, median (" + scale + ")",
                preferredMedian, null, Double.NaN, "< 100 ms", preferredMedian < 100));
        rows.add(new BenchResult("disposition → next lead, answered-hour preference on, p99 (" + scale + ")",
                preferredP99, null, Double.NaN, "< 200 ms", preferredP99 < 200));
        double timelineMedian = Stopwatch.median(timeline);
        rows.add(new BenchResult("one customer's timeline (calls, callbacks, contract, notes), median (" + scale + ")",
                timelineMedian, null, Double.NaN, "< 20 ms", timelineMedian < 20));
        double timelineP99 = Stopwatch.percentile(timeline, 99);
        rows.add(new BenchResult("one customer's timeline, p99 (" + scale + ")", timelineP99, null, Double.NaN,
                "< 20 ms", timelineP99 < 20));
        return rows;
    }

    /**
     * Issue 14: the call panel's timeline of one customer, read as the panel reads it, for leads spread
     * over the file; each got two callbacks, a contract with a QA re-recording and three notes changes
     * on top of its calls.
     */
    private static double[] timeline(SqliteDatabase database, int leads, long now) {
        int step = leads / ITERATIONS;
        database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO callback(lead_id, agent_id, due_at, status, created_at, updated_at) "
                        + "SELECT id, agent_id, " + now + " - 86400000, 'DONE', " + now + " - 90000000, " + now
                        + " FROM lead WHERE id % " + step + " = 0");
                s.execute("INSERT INTO callback(lead_id, agent_id, due_at, status, missed_at, created_at, updated_at) "
                        + "SELECT id, agent_id, " + now + " - 3600000, 'MISSED', " + now + ", " + now + " - 7200000, "
                        + now + " FROM lead WHERE id % " + step + " = 0");
                s.execute("INSERT INTO contract(lead_id, agent_id, product, premium_won, contract_at, zone, qa_state, "
                        + "qa_reason, qa_notice_date, qa_deadline_at, created_at, updated_at) SELECT id, agent_id, '암보험', "
                        + "45000, " + now + " - 86400000, 'Asia/Seoul', 'RE_RECORDING_REQUIRED', '고지 누락', '2025-03-10', "
                        + now + " + 172800000, " + now + ", " + now + " FROM lead WHERE id % " + step + " = 0");
                for (int n = 1; n <= 3; n++) {
                    s.execute("UPDATE lead SET notes = 'note " + n + "', updated_at = " + (now + n) + " WHERE id % " + step
                            + " = 0");
                }
            }
            return null;
        });
        CustomerTimeline timelines = new CustomerTimeline(new JdbcCustomerTimelineStore(database));
        double[] millis = new double[ITERATIONS];
        for (int i = -WARM_UP; i < ITERATIONS; i++) {
            long lead = (long) (Math.floorMod(i, ITERATIONS) + 1) * step;
            long start = System.nanoTime();
            CustomerTimeline.Timeline read = timelines.of(lead);
            long end = System.nanoTime();
            if (read.entries().isEmpty()) {
                throw new IllegalStateException("No timeline for lead " + lead);
            }
            if (i >= 0) {
                millis[i] = (end - start) / 1e6;
            }
        }
        return millis;
    }

    /** Dial, record an unanswered outcome and fetch the next lead, timing each cycle and each save. */
    private static void loop(CallSession session, double[] cycle, double[] save) {
        for (int i = -WARM_UP; i < cycle.length; i++) {
            session.dial();
            long start = System.nanoTime();
            session.record(i % 3 == 0 ? "BUSY" : "NO_ANSWER", "");
            long saved = System.nanoTime();
            session.next().orElseThrow();
            long end = System.nanoTime();
            if (i >= 0) {
                save[i] = (saved - start) / 1e6;
                cycle[i] = (end - start) / 1e6;
            }
        }
    }

    /** Leads of 5 agents in 10 batches (40 % new, 40 % waiting to retry, 20 % final) and their calls. */
    private static void generate(SqliteDatabase database, int leads, int calls, long now) {
        database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                for (int a = 0; a < AGENTS; a++) {
                    s.execute("INSERT INTO agent(id, name, created_at) VALUES ('A" + a + "', 'Agent " + a + "', 0)");
                }
                for (int b = 1; b <= BATCHES; b++) {
                    s.execute("INSERT INTO lead_batch(id, name, agent_id, imported_at) VALUES (" + b + ", 'batch " + b
                            + "', 'A0', " + (now - (BATCHES - b) * 86_400_000L) + ")");
                }
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                            + "INSERT INTO lead(id, batch_id, agent_id, phone, name, status, created_at, updated_at, "
                            + "attempt_count, last_disposition, last_call_at, next_eligible_at) "
                            + "SELECT i, 1 + i % " + BATCHES + ", 'A' || (i % " + AGENTS + "), '+8210' || printf('%08d', i), '', "
                            + "CASE WHEN i % 5 < 2 THEN 'NEW' WHEN i % 5 < 4 THEN 'NO_ANSWER' ELSE 'REFUSED' END, ?, ?, "
                            + "CASE WHEN i % 5 < 2 THEN 0 ELSE 1 + i % 4 END, "
                            + "CASE WHEN i % 5 < 2 THEN NULL WHEN i % 5 < 4 THEN 'NO_ANSWER' ELSE 'REFUSED' END, "
                            + "CASE WHEN i % 5 < 2 THEN NULL ELSE ? - 7200000 END, "
                            + "CASE WHEN i % 5 IN (2, 3) THEN ? - 3600000 + (i % 7200) * 1000 ELSE NULL END FROM n")) {
                p.setInt(1, leads);
                p.setLong(2, now);
                p.setLong(3, now);
                p.setLong(4, now);
                p.setLong(5, now);
                p.executeUpdate();
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                            + "INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                            + "disposition, contact, sale, note) "
                            + "SELECT printf('%08x-0000-4000-8000-%012x', i, i), 1 + i % ?, 'A' || ((1 + i % ?) % " + AGENTS + "), "
                            + "? - (i % 5184000) * 1000, ? - (i % 5184000) * 1000 + 30000, 30000, "
                            + "CASE i % 10 WHEN 0 THEN 'REFUSED' WHEN 1 THEN 'THINKING' WHEN 2 THEN 'CONTRACT' "
                            + "WHEN 3 THEN 'BUSY' ELSE 'NO_ANSWER' END, i % 10 < 3, i % 10 = 2, NULL FROM n")) {
                p.setInt(1, calls);
                p.setInt(2, leads);
                p.setInt(3, leads);
                p.setLong(4, now - 3_600_000L);
                p.setLong(5, now - 3_600_000L);
                p.executeUpdate();
            }
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO do_not_call(number, source, added_at) "
                        + "SELECT phone, 'bench', 0 FROM lead WHERE id % 100 = 7");
                s.execute("ANALYZE");
            }
            return null;
        });
    }

    /** The same two queries the queue runs (due retries, then new leads), by the sqlite3 CLI. */
    private static double sqlite3NextLead(BenchContext context, Path file, long now) throws Exception {
        String notListed = " AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone"
                + " AND d.product IN ('', coalesce(trim(l.product), '')))";
        String sql = "SELECT l.* FROM lead l INDEXED BY lead_queue_retry WHERE l.agent_id = 'A1' "
                + "AND l.next_eligible_at IS NOT NULL AND l.next_eligible_at <= " + now
                + " AND l.status NOT IN ('REFUSED', 'CONTRACTED', 'DO_NOT_CALL', 'WRONG_NUMBER')" + notListed
                + " ORDER BY l.next_eligible_at, l.id LIMIT 64;\n"
                + "SELECT l.* FROM lead l INDEXED BY lead_queue_new WHERE l.agent_id = 'A1' AND l.status = 'NEW'"
                + notListed + " ORDER BY l.batch_id, l.id LIMIT 64;\n";
        Path script = context.workDir().resolve("callloop-next.sql");
        Files.writeString(script, sql, StandardCharsets.UTF_8);
        double[] times = Stopwatch.time(Math.max(20, context.repetitions() * 5), () -> runSqlite3(context, file, script));
        return Stopwatch.median(times);
    }

    private static void runSqlite3(BenchContext context, Path file, Path script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(context.sqlite3().toString(), file.toString())
                .redirectInput(script.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (process.waitFor() != 0) {
            throw new IOException("sqlite3 failed on " + script);
        }
    }
}

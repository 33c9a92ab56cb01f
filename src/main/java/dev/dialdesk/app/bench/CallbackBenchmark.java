package dev.dialdesk.app.bench;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.app.CallbackServices;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.callbacks.CallbackAgenda;
import dev.dialdesk.service.callbacks.ReRecordingDeadlines;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The callback scheduler at the size (100,000 callbacks at FULL): opening the agenda (its
 * query set) and one reminder check, each beside the sqlite3 CLI running the same SQL on the same file
 * (200 runs in one sqlite3 process minus one run, so process start is not counted).
 */
public final class CallbackBenchmark implements Benchmark {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDateTime ANCHOR = LocalDateTime.of(2025, 3, 11, 11, 0);
    private static final int AGENTS = 5;
    private static final long DAY = 86_400_000L;
    private static final int AGENDA_RUNS = 60;
    private static final int CHECK_RUNS = 300;
    private static final int BASELINE_RUNS = 200;

    @Override
    public String id() {
        return "callbacks";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        int callbacks = context.size().callbacks;
        Path file = context.workDir().resolve("callbacks.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        Instant now = ANCHOR.atZone(SEOUL).toInstant();
        AgentId agent = new AgentId("A1");
        double[] agenda;
        double[] check;
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            generate(database, callbacks, now.toEpochMilli());
            Settings settings = Settings.inMemory();
            settings.set(SettingKeys.CENTRE_ZONE, SEOUL);
            Clock clock = Clock.fixed(now, SEOUL);
            CallLoopServices calls = new CallLoopServices(database, settings, clock);
            CallbackAgenda service = new CallbackServices(database, settings, clock, calls, ReRecordingDeadlines.NONE).agenda();
            Stopwatch.time(10, () -> service.agenda(agent));
            agenda = Stopwatch.time(AGENDA_RUNS, () -> service.agenda(agent));
            Stopwatch.time(20, () -> service.check(agent));
            check = Stopwatch.time(CHECK_RUNS, () -> service.check(agent));
        }
        String scale = String.format(Locale.ROOT, "%,d callbacks, %d agents", callbacks, AGENTS);
        double agendaMedian = Stopwatch.median(agenda);
        double checkMedian = Stopwatch.median(check);
        String baseline = context.hasSqlite3() ? "sqlite3 CLI, same SQL (mean of 200 in one process)" : null;
        double agendaBase = context.hasSqlite3() ? sqlite3(context, file, agendaSql(now.toEpochMilli())) : Double.NaN;
        double checkBase = context.hasSqlite3() ? sqlite3(context, file, checkSql(now.toEpochMilli())) : Double.NaN;
        List<BenchResult> rows = new ArrayList<>();
        rows.add(new BenchResult("open the callback agenda, median (" + scale + ")", agendaMedian, baseline, agendaBase,
                "< 100 ms", agendaMedian < 100));
        rows.add(new BenchResult("reminder check (one timer tick), median (" + scale + ")", checkMedian, baseline,
                checkBase, "< 5 ms", checkMedian < 5));
        return rows;
    }

    /**
     * Leads of 5 agents and their callbacks, due from 180 days back to 90 days ahead: past ones mostly
     * done, some missed or cancelled; a handful pending within the next hour.
     */
    private static void generate(SqliteDatabase database, int callbacks, long now) {
        int leads = Math.max(1_000, callbacks / 5);
        long span = 270 * DAY;
        long start = now - 180 * DAY;
        database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                for (int a = 0; a < AGENTS; a++) {
                    s.execute("INSERT INTO agent(id, name, created_at) VALUES ('A" + a + "', 'Agent " + a + "', 0)");
                }
                s.execute("INSERT INTO lead_batch(id, name, agent_id, imported_at) VALUES (1, 'batch', 'A0', 0)");
                s.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + leads + ") "
                        + "INSERT INTO lead(id, batch_id, agent_id, phone, name, status, created_at, updated_at) "
                        + "SELECT i, 1, 'A' || (i % " + AGENTS + "), '+8210' || printf('%08d', i), '고객' || i, 'CALLBACK', 0, 0 FROM n");
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?), "
                            + "t(i, due) AS (SELECT i, ? + (i * ?) / ? + (i % 7) * 60000 FROM n) "
                            + "INSERT INTO callback(lead_id, agent_id, due_at, note, customer_asked, kind, status, "
                            + "missed_at, outcome, created_at, updated_at) "
                            + "SELECT 1 + i % " + leads + ", 'A' || ((1 + i % " + leads + ") % " + AGENTS + "), due, NULL, "
                            + "i % 11 = 0, CASE WHEN i % 50 = 0 THEN 'RE_RECORDING' ELSE 'NORMAL' END, "
                            + "CASE WHEN due >= ? - 1800000 THEN 'PENDING' WHEN i % 20 = 0 THEN 'MISSED' "
                            + "WHEN i % 20 = 1 THEN 'CANCELLED' ELSE 'DONE' END, "
                            + "CASE WHEN due < ? - 1800000 AND i % 20 = 0 THEN due + 1800000 END, "
                            + "CASE WHEN due < ? - 1800000 AND i % 20 > 1 THEN 'NO_ANSWER' END, ? - " + DAY + ", ? FROM t")) {
                p.setInt(1, callbacks);
                p.setLong(2, start);
                p.setLong(3, span);
                p.setInt(4, callbacks);
                for (int i = 5; i <= 9; i++) {
                    p.setLong(i, now);
                }
                p.executeUpdate();
            }
            try (Statement s = connection.createStatement()) {
                s.execute("ANALYZE");
            }
            return null;
        });
    }

    private static final String ENTRY = "SELECT c.*, l.name FROM callback c JOIN lead l ON l.id = c.lead_id ";

    /** The agenda's three range scans (missed, pending up to 15 days, 7 days of history). */
    private static String agendaSql(long now) {
        long dayStart = Instant.ofEpochMilli(now).atZone(SEOUL).toLocalDate().atStartOfDay(SEOUL).toInstant().toEpochMilli();
        return ENTRY + "WHERE c.agent_id = 'A1' AND c.status = 'MISSED' AND c.due_at >= 0 AND c.due_at < " + now
                + " ORDER BY c.due_at, c.id LIMIT 500;\n"
                + ENTRY + "WHERE c.agent_id = 'A1' AND c.status = 'PENDING' AND c.due_at >= 0 AND c.due_at < "
                + (dayStart + 15 * DAY) + " ORDER BY c.due_at, c.id LIMIT 500;\n"
                + "SELECT c.*, l.name FROM callback c INDEXED BY callback_agent_due JOIN lead l ON l.id = c.lead_id WHERE c.agent_id = 'A1' AND c.due_at >= " + (dayStart - 7 * DAY)
                + " AND c.due_at < " + (dayStart + 15 * DAY) + " AND c.status IN ('DONE', 'CANCELLED') "
                + "ORDER BY c.due_at DESC, c.id DESC LIMIT 500;\n";
    }

    /** The reminder check: pending due by now + 5 min, and the two counts. */
    private static String checkSql(long now) {
        return ENTRY + "WHERE c.agent_id = 'A1' AND c.status = 'PENDING' AND c.due_at >= 0 AND c.due_at < "
                + (now + 300_001) + " ORDER BY c.due_at, c.id LIMIT 500;\n"
                + "SELECT count(*) FROM callback WHERE agent_id = 'A1' AND status = 'PENDING' AND due_at < " + (now + DAY) + ";\n"
                + "SELECT count(*) FROM callback WHERE agent_id = 'A1' AND status = 'MISSED' AND due_at < " + (now + DAY) + ";\n";
    }

    /**
     * The sqlite3 CLI running {@code sql} {@value #BASELINE_RUNS} times in one process, minus the same
     * process running it once: the mean per run, in milliseconds, without process start.
     */
    private static double sqlite3(BenchContext context, Path file, String sql)
            throws IOException, InterruptedException {
        double[] many = new double[3];
        double[] once = new double[3];
        for (int i = 0; i < many.length; i++) {
            many[i] = runSqlite3(context, file, sql, BASELINE_RUNS + 1);
            once[i] = runSqlite3(context, file, sql, 1);
        }
        return Math.max(0, Stopwatch.median(many) - Stopwatch.median(once)) / BASELINE_RUNS;
    }

    private static double runSqlite3(BenchContext context, Path file, String sql, int runs)
            throws IOException, InterruptedException {
        Path script = context.workDir().resolve("callbacks-bench.sql");
        Files.writeString(script, sql.repeat(runs), StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(context.sqlite3().toString(), file.toString())
                .redirectInput(script.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (process.waitFor() != 0) {
            throw new IOException("sqlite3 failed on " + script);
        }
        return (System.nanoTime() - start) / 1e6;
    }
}

package dev.dialdesk.app.bench;

import dev.dialdesk.app.StatsServices;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.TimeOrderedIds;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.reports.DayReportJson;
import dev.dialdesk.service.reports.DayReport;
import dev.dialdesk.domain.calls.ReportCall;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics at the size (FULL: 50 agents, 90 days, 5,000,000 calls): one day's dashboard,
 * the 90-day trend and importing 50 agents' day reports, each beside the sqlite3 CLI running the
 * straight query over the call log (and the roll-up query) on the same file, in the same run; with
 * {@code DIALDESK_BENCH_SERVER} set, also one day's dashboard on a PostgreSQL server ({@link StatsServerBench}).
 */
public final class StatsBenchmark implements Benchmark {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** The day after the generated 90 days: "today" of the benchmark. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
    static final int DAYS = 90;

    @Override
    public String id() {
        return "stats";
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        int calls = context.size().calls;
        int agents = context.size().agents;
        Path file = context.workDir().resolve("stats.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        Clock clock = Clock.fixed(TODAY.atTime(8, 30).atZone(SEOUL).toInstant(), SEOUL);
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, SEOUL);
        List<BenchResult> rows = new ArrayList<>();
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            long start = System.nanoTime();
            int leads = StatsBenchData.generate(database, agents, calls, TODAY.minusDays(DAYS).atStartOfDay(SEOUL).toInstant());
            context.progress().printf(Locale.ROOT, "  generated %,d calls, %,d leads in %.1f s%n", calls, leads,
                    (System.nanoTime() - start) / 1e9);
            StatsServices services = new StatsServices(database, settings, clock, Messages.forLocale(Locale.ENGLISH));
            String scale = String.format(Locale.ROOT, "%d agents, %d days, %,d calls", agents, DAYS, calls);
            rows.add(dashboard(context, file, services, DateRange.day(TODAY.minusDays(1)),
                    "one day's dashboard (" + scale + ")", "< 100 ms", 100));
            Optional<StatsServerBench> server = StatsServerBench.fromEnvironment();
            if (server.isPresent()) {
                rows.addAll(server.get().run(context, settings, clock, DateRange.day(TODAY.minusDays(1)), scale));
            }
            rows.add(dashboard(context, file, services, new DateRange(TODAY.minusDays(DAYS), TODAY.minusDays(1)),
                    "90-day trend (" + scale + ")", "< 500 ms", 500));
            rows.add(floor(context, services, DateRange.day(TODAY.minusDays(1)),
                    "floor figures of one day, loaded after the dashboard (" + scale + ")"));
            rows.add(floor(context, services, new DateRange(TODAY.minusDays(DAYS), TODAY.minusDays(1)),
                    "floor figures over 90 days (" + scale + ")"));
            rows.addAll(rollupBaseline(context, file));
            rows.add(importReports(context, file, database, services, agents, leads));
        }
        return rows;
    }

    private static BenchResult dashboard(BenchContext context, Path file, StatsServices services, DateRange range,
                                         String what, String target, double limit) throws Exception {
        for (int i = 0; i < 3; i++) {
            services.stats().report(range, Optional.empty());
        }
        double median = Stopwatch.median(Stopwatch.time(Math.max(5, context.repetitions() * 2),
                () -> services.stats().report(range, Optional.empty())));
        double baseline = Double.NaN;
        String baselineName = null;
        if (context.hasSqlite3()) {
            Instant from = range.from().atStartOfDay(SEOUL).toInstant();
            Instant to = range.to().plusDays(1).atStartOfDay(SEOUL).toInstant();
            String where = " FROM call_attempt WHERE started_at >= " + from.toEpochMilli() + " AND started_at < "
                    + to.toEpochMilli();
            String sql = "SELECT agent_id, count(*), sum(contact), sum(duration_ms), sum(sale)" + where
                    + " GROUP BY agent_id;\nSELECT started_at / 900000, count(*), sum(contact), sum(sale)" + where
                    + " GROUP BY started_at / 900000;\n";
            baseline = sqlite3(context, file, "stats-straight-" + range.days() + ".sql", sql);
            baselineName = "sqlite3 CLI: same sums straight over call_attempt";
        }
        return new BenchResult(what, median, baselineName, baseline, target, median < limit);
    }

    /** The floor's numbers (issue 16), which the dashboard reads after its first figures: no target of their own. */
    private static BenchResult floor(BenchContext context, StatsServices services, DateRange range, String what)
            throws Exception {
        services.stats().floor(range, Optional.empty());
        double median = Stopwatch.median(Stopwatch.time(Math.max(3, context.repetitions()),
                () -> services.stats().floor(range, Optional.empty())));
        return new BenchResult(what, median, null, Double.NaN, null, null);
    }

    /** The roll-up queries Dialdesk runs, by the sqlite3 CLI: what the CLI costs with the same table. */
    private static List<BenchResult> rollupBaseline(BenchContext context, Path file) throws Exception {
        if (!context.hasSqlite3()) {
            return List.of();
        }
        long from = TODAY.minusDays(DAYS).atStartOfDay(SEOUL).toInstant().toEpochMilli() / 900_000L;
        long to = TODAY.atStartOfDay(SEOUL).toInstant().toEpochMilli() / 900_000L;
        String sql = "SELECT agent_id, sum(dials), sum(contacts), sum(talk_ms), sum(sales) FROM stats_slot WHERE slot >= "
                + from + " AND slot < " + to + " GROUP BY agent_id;\nSELECT slot, sum(dials), sum(contacts), sum(sales) "
                + "FROM stats_slot WHERE slot >= " + from + " AND slot < " + to + " GROUP BY slot;\n";
        double millis = sqlite3(context, file, "stats-rollup-90.sql", sql);
        return List.of(new BenchResult("sqlite3 CLI: 90-day sums from the roll-up table (incl. process start)", millis,
                null, Double.NaN, null, null));
    }

    private static BenchResult importReports(BenchContext context, Path file, SqliteDatabase database,
                                             StatsServices services, int agents, int leads) throws Exception {
        int perAgent = context.size().calls / agents / DAYS;
        int runs = Math.max(3, context.repetitions());
        double[] times = new double[runs];
        DayReportJson codec = new DayReportJson();
        for (int run = 0; run < runs; run++) {
            List<Path> files = writeReports(context, codec, TODAY.plusDays(run), agents, perAgent, leads, run);
            long start = System.nanoTime();
            services.dayReports().importAll(files);
            times[run] = (System.nanoTime() - start) / 1e6;
        }
        double median = Stopwatch.median(times);
        double baseline = Double.NaN;
        String baselineName = null;
        if (context.hasSqlite3()) {
            List<Path> files = writeReports(context, codec, TODAY.plusDays(runs + 1), agents, perAgent, leads, runs + 1);
            StringBuilder sql = new StringBuilder();
            for (Path report : files) {
                sql.append("BEGIN IMMEDIATE;\nINSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, "
                        + "duration_ms, disposition, contact, sale, note) SELECT json_extract(value, '$.id'), "
                        + "(SELECT id FROM lead WHERE phone = json_extract(value, '$.lead_phone')), '")
                        .append(report.getFileName().toString(), 0, 3)
                        .append("', unixepoch(json_extract(value, '$.started_at')) * 1000, "
                                + "unixepoch(json_extract(value, '$.ended_at')) * 1000, "
                                + "(unixepoch(json_extract(value, '$.ended_at')) - unixepoch(json_extract(value, '$.started_at'))) * 1000, "
                                + "json_extract(value, '$.disposition'), json_extract(value, '$.contact'), "
                                + "json_extract(value, '$.sale'), NULL FROM json_each(readfile('")
                        .append(report.toAbsolutePath()).append("'), '$.calls') WHERE true ON CONFLICT(client_id) DO NOTHING;\n"
                                + "COMMIT;\n");
            }
            long start = System.nanoTime();
            runSqlite3(context, file, writeScript(context, "stats-import.sql", sql.toString()));
            baseline = (System.nanoTime() - start) / 1e6;
            baselineName = "sqlite3 CLI: same files via json_each(readfile()), one transaction each";
        }
        String what = String.format(Locale.ROOT, "import %d agents' day reports (%,d calls) into the benchmark DB", agents,
                agents * perAgent);
        return new BenchResult(what, median, baselineName, baseline, "< 2 s", median < 2000);
    }

    /** One day report per agent for {@code day}, calling the agent's own generated leads. */
    private static List<Path> writeReports(BenchContext context, DayReportJson codec, LocalDate day, int agents,
                                           int perAgent, int leads, int run) throws IOException {
        Path dir = context.workDir().resolve("stats-reports-" + run);
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        Instant dayStart = day.atStartOfDay(SEOUL).toInstant();
        for (int a = 0; a < agents; a++) {
            AgentId agent = new AgentId(StatsBenchData.agentId(a));
            List<ReportCall> calls = new ArrayList<>(perAgent);
            for (int i = 0; i < perAgent; i++) {
                int lead = StatsBenchData.leadOf(a, i, agents, leads);
                Instant started = dayStart.plusSeconds(9 * 3600 + (long) i * 39);
                boolean contact = i % 4 == 0;
                // Time-ordered ids (UUIDv7), as the call loop makes them: new calls append to the id index.
                calls.add(new ReportCall(TimeOrderedIds.of(started, ((long) run << 40) | ((long) a << 20) | i),
                        StatsBenchData.phone(lead), "", started, started.plusSeconds(contact ? 90 : 15),
                        contact ? (i % 40 == 0 ? "CONTRACT" : "REFUSED") : "NO_ANSWER", contact, i % 40 == 0, "", 0));
            }
            Path target = dir.resolve(agent.value() + "-" + day + ".json");
            codec.write(new DayReport(DayReport.SCHEMA_VERSION, new Agent(agent, "Agent " + a),
                    dayStart.plusSeconds(20 * 3600), SEOUL, DateRange.day(day), calls, Map.of()), target);
            files.add(target);
        }
        return files;
    }

    private static double sqlite3(BenchContext context, Path file, String name, String sql) throws Exception {
        Path script = writeScript(context, name, sql);
        runSqlite3(context, file, script);
        return Stopwatch.median(Stopwatch.time(Math.max(5, context.repetitions() * 2), () -> runSqlite3(context, file, script)));
    }

    private static Path writeScript(BenchContext context, String name, String sql) throws IOException {
        Path script = context.workDir().resolve(name);
        Files.writeString(script, sql, StandardCharsets.UTF_8);
        return script;
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

package dev.dialdesk.app.bench;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.service.stats.StatsService;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code bench --only stats-dashboard}: one day's dashboard alone, on kept databases, the engines in
 * turn in the same minutes (a shared machine's load moves by the minute). SQLite: {@code stats.db} in
 * the work folder, generated once and kept (a marker file says it is whole); the server, when
 * {@code DIALDESK_BENCH_SERVER} is set: the database {@code DIALDESK_BENCH_SERVER_DB} names, or a
 * new one generated and kept. Also logs the statements of one dashboard on SQLite and, on the server,
 * as the team lead and an agent, with their plans ({@link StatsServerBench#logAndExplain}).
 */
public final class StatsDashboardBenchmark implements Benchmark {

    private static final int ROUNDS = 5;

    @Override
    public String id() {
        return "stats-dashboard";
    }

    @Override
    public boolean onlyWhenNamed() {
        return true;
    }

    @Override
    public List<BenchResult> run(BenchContext context) throws Exception {
        Clock clock = Clock.fixed(StatsBenchmark.TODAY.atTime(8, 30).atZone(StatsBenchmark.SEOUL).toInstant(),
                StatsBenchmark.SEOUL);
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, StatsBenchmark.SEOUL);
        DateRange day = DateRange.day(StatsBenchmark.TODAY.minusDays(1));
        String scale = String.format(Locale.ROOT, "%d agents, %d days, %,d calls", context.size().agents,
                StatsBenchmark.DAYS, context.size().calls);
        Path file = keptSqlite(context);
        Optional<StatsServerBench> server = StatsServerBench.fromEnvironment();
        try (SqliteDatabase sqlite = SqliteDatabase.open(file);
             StatsServerBench.ServerData data = server.isPresent() ? server.get().open(context, clock, true) : null;
             PostgresDatabase lead = data == null ? null
                     : PostgresDatabase.open(data.lead(), PostgresDatabase.Mode.REQUIRE_CURRENT);
             PostgresDatabase agent = data == null ? null
                     : PostgresDatabase.open(data.agent(), PostgresDatabase.Mode.REQUIRE_CURRENT)) {
            List<Measured> engines = new ArrayList<>();
            engines.add(new Measured("one day's dashboard, SQLite (" + scale + ")",
                    StatsServerBench.stats(sqlite, settings, clock)));
            if (data != null) {
                engines.add(new Measured("one day's dashboard on PostgreSQL, the schema owner (same calls)",
                        StatsServerBench.stats(data.team().database(), settings, clock)));
                engines.add(new Measured("one day's dashboard on PostgreSQL, a team lead's login (same calls)",
                        StatsServerBench.stats(lead, settings, clock)));
                engines.add(new Measured("an agent's own dashboard of the day on PostgreSQL, the agent's login (same calls)",
                        StatsServerBench.stats(agent, settings, clock), Optional.of(new AgentId("A00"))));
            }
            alternate(context, engines, day);
            logSqlite(context, sqlite, settings, clock, day);
            if (data != null) {
                server.get().logAndExplain(context, data, settings, clock, day);
            }
            List<BenchResult> rows = new ArrayList<>();
            for (Measured engine : engines) {
                double median = Stopwatch.median(engine.medians.stream().mapToDouble(Double::doubleValue).toArray());
                rows.add(new BenchResult(engine.what + ", median of " + ROUNDS + " rounds' medians", median, null,
                        Double.NaN, "< 100 ms", median < 100));
            }
            return rows;
        }
    }

    /** One engine's dashboard (the team's, or one agent's) and the median of each round. */
    private record Measured(String what, StatsService stats, Optional<AgentId> agent, List<Double> medians) {
        Measured(String what, StatsService stats) {
            this(what, stats, Optional.empty());
        }

        Measured(String what, StatsService stats, Optional<AgentId> agent) {
            this(what, stats, agent, new ArrayList<>());
        }
    }

    private static void alternate(BenchContext context, List<Measured> engines, DateRange day) throws Exception {
        for (Measured engine : engines) {
            Stopwatch.time(20, () -> engine.stats().report(day, engine.agent()));
        }
        for (int round = 0; round < ROUNDS; round++) {
            StringBuilder line = new StringBuilder("  round " + (round + 1) + ":");
            for (Measured engine : engines) {
                double median = Stopwatch.median(Stopwatch.time(Math.max(5, context.repetitions()),
                        () -> engine.stats().report(day, engine.agent())));
                engine.medians().add(median);
                line.append(String.format(Locale.ROOT, " %.1f ms", median));
            }
            context.progress().println(line + "   (load " + loadAverage() + ")");
        }
    }

    private static void logSqlite(BenchContext context, SqliteDatabase sqlite, Settings settings, Clock clock,
                                  DateRange day) {
        StatementLog log = new StatementLog(sqlite);
        StatsService stats = StatsServerBench.stats(log, settings, clock);
        stats.report(day, Optional.empty());
        log.clear();
        stats.report(day, Optional.empty());
        context.progress().println("  statements of one dashboard on SQLite:");
        context.progress().print(log.describe());
    }

    /** The work folder's {@code stats.db}, generated when no whole one is there. */
    private static Path keptSqlite(BenchContext context) throws Exception {
        Path file = context.workDir().resolve("stats-kept.db");
        Path whole = context.workDir().resolve("stats-kept.db.whole");
        String size = context.size().calls + " calls";
        if (Files.exists(whole) && Files.readString(whole).equals(size)) {
            context.progress().println("  SQLite: kept " + file);
            return file;
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        long start = System.nanoTime();
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            StatsBenchData.generate(database, context.size().agents, context.size().calls,
                    StatsBenchmark.TODAY.minusDays(StatsBenchmark.DAYS).atStartOfDay(StatsBenchmark.SEOUL).toInstant());
        }
        Files.writeString(whole, size);
        context.progress().printf(Locale.ROOT, "  generated %s in %s in %.1f s (kept)%n", size, file,
                (System.nanoTime() - start) / 1e9);
        return file;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}

package dev.dialdesk.app.bench;

import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.service.stats.StatsService;
import dev.dialdesk.storage.jdbc.JdbcCallbackMetrics;
import dev.dialdesk.storage.jdbc.JdbcContractMetrics;
import dev.dialdesk.storage.jdbc.JdbcStatsStore;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLogin;
import dev.dialdesk.storage.postgres.TeamAdmin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The statistics benchmark on a PostgreSQL server (issue 12, "Speed"): the same calls as the SQLite
 * run ({@link StatsBenchData}'s formulas), generated on the server by {@code generate_series} into a
 * scratch database that is dropped afterwards, and one day's dashboard read through the same
 * {@link StatsService} over the engine-neutral stores, beside the straight sums over
 * {@code call_attempt} on the same server. Runs when {@value #VARIABLE} names the server as a JDBC URL
 * of a role that may create databases ({@code ?user=…}; the password from {@code PGPASSWORD} or, on a
 * throwaway bench server, {@code &password=…} in the variable, never on the command line).
 */
final class StatsServerBench {

    static final String VARIABLE = "DIALDESK_BENCH_SERVER";

    private final String baseUrl;
    private final String options;
    private final String adminDatabase;
    private final String user;
    private final String password;

    private StatsServerBench(String url) {
        String rest = url.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        String hostAndDb = query < 0 ? rest : rest.substring(0, query);
        String name = null;
        String secret = System.getenv("PGPASSWORD");
        StringBuilder kept = new StringBuilder();
        for (String pair : query < 0 ? new String[0] : rest.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = pair.substring(0, eq);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (key) {
                case "user" -> name = value;
                case "password" -> secret = value;
                default -> kept.append(kept.length() == 0 ? "?" : "&").append(pair);
            }
        }
        int slash = hostAndDb.indexOf('/');
        this.baseUrl = "jdbc:postgresql://" + hostAndDb.substring(0, slash + 1);
        this.adminDatabase = hostAndDb.substring(slash + 1);
        this.options = kept.toString();
        this.user = name == null ? System.getProperty("user.name") : name;
        this.password = secret;
    }

    /** The server of {@value #VARIABLE}, if it is set. */
    static Optional<StatsServerBench> fromEnvironment() {
        String url = System.getenv(VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:postgresql://") || !url.substring(18).contains("/")) {
            throw new IllegalArgumentException(VARIABLE + " must be a jdbc:postgresql://host:port/database URL");
        }
        return Optional.of(new StatsServerBench(url));
    }

    /** Generates the calls in a scratch database, measures the dashboard, drops the database. */
    List<BenchResult> run(Benchmark.BenchContext context, Settings settings, Clock clock, DateRange day, String scale)
            throws Exception {
        String scratch = "dialdesk_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        admin("CREATE DATABASE " + scratch);
        try (TeamAdmin team = TeamAdmin.init(new PostgresLogin(baseUrl + scratch + options, user, password), clock)) {
            PostgresDatabase database = team.database();
            long start = System.nanoTime();
            Instant firstDay = StatsBenchmark.TODAY.minusDays(StatsBenchmark.DAYS).atStartOfDay(StatsBenchmark.SEOUL)
                    .toInstant();
            StatsServerData.generate(database, context.size().agents, context.size().calls, firstDay);
            context.progress().printf(Locale.ROOT, "  generated %,d calls on the server in %.1f s%n",
                    context.size().calls, (System.nanoTime() - start) / 1e9);
            StatsService stats = new StatsService(new JdbcStatsStore(database), new JdbcCallbackMetrics(database),
                    new JdbcContractMetrics(database, clock), settings, clock);
            List<BenchResult> rows = new ArrayList<>();
            rows.add(dashboard(context, database, stats, day, "one day's dashboard on PostgreSQL " + serverVersion(database)
                    + ", the team lead's view (" + scale + ")"));
            return rows;
        } finally {
            admin("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
        }
    }

    private static BenchResult dashboard(Benchmark.BenchContext context, PostgresDatabase database, StatsService stats,
                                         DateRange range, String what) throws Exception {
        for (int i = 0; i < 3; i++) {
            stats.report(range, Optional.empty());
        }
        int runs = Math.max(5, context.repetitions() * 2);
        double median = Stopwatch.median(Stopwatch.time(runs, () -> stats.report(range, Optional.empty())));
        long from = range.from().atStartOfDay(StatsBenchmark.SEOUL).toInstant().toEpochMilli();
        long to = range.to().plusDays(1).atStartOfDay(StatsBenchmark.SEOUL).toInstant().toEpochMilli();
        String where = " FROM call_attempt WHERE started_at >= " + from + " AND started_at < " + to;
        String[] straight = {"SELECT agent_id, count(*), sum(contact), sum(duration_ms), sum(sale)" + where
                + " GROUP BY agent_id", "SELECT started_at / 900000, count(*), sum(contact), sum(sale)" + where
                + " GROUP BY started_at / 900000"};
        Stopwatch.time(2, () -> drain(database, straight));
        double baseline = Stopwatch.median(Stopwatch.time(runs, () -> drain(database, straight)));
        return new BenchResult(what, median, "PostgreSQL: same sums straight over call_attempt", baseline, "< 100 ms",
                median < 100);
    }

    private static void drain(PostgresDatabase database, String[] queries) {
        database.read(connection -> {
            try (Statement s = connection.createStatement()) {
                for (String sql : queries) {
                    try (ResultSet rs = s.executeQuery(sql)) {
                        while (rs.next()) {
                            rs.getLong(2);
                        }
                    }
                }
            }
            return null;
        });
    }

    private static String serverVersion(PostgresDatabase database) {
        return database.read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                return rs.getString(1).replaceFirst(" .*", "");
            }
        });
    }

    private void admin(String sql) throws SQLException, ClassNotFoundException {
        Class.forName("org.postgresql.Driver"); // registers itself: the packaged jar's service list names SQLite's
        try (Connection connection = DriverManager.getConnection(baseUrl + adminDatabase + options, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

package dev.dialdesk.app.bench;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.service.stats.StatsService;
import dev.dialdesk.storage.jdbc.JdbcCallbackMetrics;
import dev.dialdesk.storage.jdbc.JdbcContractMetrics;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcStatsStore;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLogin;
import dev.dialdesk.storage.postgres.TeamAdmin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * scratch database that is dropped afterwards (kept with {@value #KEEP}=1, reused with {@value #REUSE}), and one day's dashboard read through the same
 * {@link StatsService} over the engine-neutral stores, beside the straight sums over
 * {@code call_attempt} on the same server. Runs when {@value #VARIABLE} names the server as a JDBC URL
 * of a role that may create databases ({@code ?user=…}; the password from {@code PGPASSWORD} or, on a
 * throwaway bench server, {@code &password=…} in the variable, never on the command line).
 */
final class StatsServerBench {

    static final String VARIABLE = "DIALDESK_BENCH_SERVER";
    /** 1: keep the generated database (its name is printed) instead of dropping it. */
    static final String KEEP = "DIALDESK_BENCH_KEEP";
    /** The name of a kept database to measure again, without generating the calls. */
    static final String REUSE = "DIALDESK_BENCH_SERVER_DB";

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

    /**
     * Generates the calls in a scratch database (or opens the one {@value #REUSE} names), measures the
     * dashboard as the schema owner and as a team lead's login, logs and explains its statements as the
     * team lead and as an agent, and drops the scratch database unless {@value #KEEP} is 1.
     */
    List<BenchResult> run(Benchmark.BenchContext context, Settings settings, Clock clock, DateRange day, String scale)
            throws Exception {
        try (ServerData data = open(context, clock, keep())) {
            List<BenchResult> rows = new ArrayList<>();
            String version = serverVersion(data.team().database());
            rows.add(dashboard(context, data.team().database(), stats(data.team().database(), settings, clock), day,
                    "one day's dashboard on PostgreSQL " + version + ", the schema owner (" + scale + ")"));
            try (PostgresDatabase lead = PostgresDatabase.open(data.lead(), PostgresDatabase.Mode.REQUIRE_CURRENT)) {
                rows.add(dashboard(context, lead, stats(lead, settings, clock), day, "one day's dashboard on PostgreSQL "
                        + version + ", a team lead's login (" + scale + ")"));
            }
            logAndExplain(context, data, settings, clock, day);
            return rows;
        }
    }

    /** The scratch database with its generated calls, a team lead's and an agent's login to it. */
    record ServerData(String name, TeamAdmin team, PostgresLogin lead, PostgresLogin agent, StatsServerBench server,
                      boolean dropAtClose) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            team.close();
            if (dropAtClose) {
                server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** Whether {@value #KEEP} asks to keep a generated database. */
    static boolean keep() {
        return "1".equals(System.getenv(KEEP));
    }

    /**
     * The database {@value #REUSE} names, or a new one with the generated calls. A49 becomes a team
     * lead's login and A00 an agent's, each with a fresh password of this run.
     */
    ServerData open(Benchmark.BenchContext context, Clock clock, boolean keep) throws Exception {
        String reuse = System.getenv(REUSE);
        String name = reuse == null || reuse.isBlank()
                ? "dialdesk_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) : reuse.strip();
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException(REUSE + " must be a database name of a-z, 0-9 and _: " + name);
        }
        boolean generate = reuse == null || reuse.isBlank();
        if (generate) {
            admin("CREATE DATABASE " + name);
        }
        TeamAdmin team = null;
        try {
            team = TeamAdmin.init(new PostgresLogin(baseUrl + name + options, user, password), clock);
            if (generate) {
                generate(context, team.database());
            } else {
                context.progress().println("  the server's calls: kept database " + name + " (" + REUSE + ")");
            }
            if (generate && keep) {
                context.progress().println("  kept server database " + name + "; " + REUSE + "=" + name
                        + " runs the dashboard on it again without generating");
            }
            String secret = UUID.randomUUID().toString();
            team.addAgent(new AgentId("A49"), "Agent 49", true, secret.toCharArray());
            team.addAgent(new AgentId("A00"), "Agent 0", false, secret.toCharArray());
            String url = baseUrl + name + options;
            return new ServerData(name, team, new PostgresLogin(url, "a49", secret),
                    new PostgresLogin(url, "a00", secret), this, generate && !keep);
        } catch (Exception | Error e) {
            if (team != null) {
                team.close();
            }
            if (generate && !keep) {
                admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            throw e;
        }
    }

    private static void generate(Benchmark.BenchContext context, PostgresDatabase database) {
        long start = System.nanoTime();
        Instant firstDay = StatsBenchmark.TODAY.minusDays(StatsBenchmark.DAYS).atStartOfDay(StatsBenchmark.SEOUL)
                .toInstant();
        StatsServerData.generate(database, context.size().agents, context.size().calls, firstDay);
        context.progress().printf(Locale.ROOT, "  generated %,d calls on the server in %.1f s%n",
                context.size().calls, (System.nanoTime() - start) / 1e9);
    }

    static StatsService stats(JdbcDatabase database, Settings settings, Clock clock) {
        return new StatsService(new JdbcStatsStore(database), new JdbcCallbackMetrics(database),
                new JdbcContractMetrics(database, clock), settings, clock);
    }

    /**
     * One dashboard as the team lead and one agent's as the agent, each statement timed, then each
     * explained on the server as that login (the plans in the work folder).
     */
    void logAndExplain(Benchmark.BenchContext context, ServerData data, Settings settings, Clock clock, DateRange day)
            throws Exception {
        record Who(String label, PostgresLogin login, Optional<AgentId> agent) {
        }
        for (Who who : List.of(new Who("team lead a49", data.lead(), Optional.empty()),
                new Who("agent a00", data.agent(), Optional.of(new AgentId("A00"))))) {
            try (PostgresDatabase database = PostgresDatabase.open(who.login(), PostgresDatabase.Mode.REQUIRE_CURRENT)) {
                StatementLog log = new StatementLog(database);
                StatsService stats = stats(log, settings, clock);
                for (int i = 0; i < 6; i++) {
                    stats.report(day, who.agent());
                }
                log.clear();
                stats.report(day, who.agent());
                context.progress().println("  statements of one dashboard as " + who.label() + ":");
                context.progress().print(log.describe());
                Path file = context.workDir().resolve("stats-server-plans-" + who.login().user() + ".txt");
                ServerPlans.explain(who.login(), who.label(), log.runs(), file, context.progress());
            }
        }
    }

    static BenchResult dashboard(Benchmark.BenchContext context, PostgresDatabase database, StatsService stats,
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

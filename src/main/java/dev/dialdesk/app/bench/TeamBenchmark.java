package dev.dialdesk.app.bench;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.storage.LeadClaims;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLeadClaims;
import dev.dialdesk.storage.postgres.PostgresLogin;
import dev.dialdesk.storage.postgres.TeamAdmin;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bench --only team --server URL [--agents N] [--seconds S] [--json]}: N agents, each on their own
 * login and connection, work one shared pool of 100,000 leads on the server (claim, record a no-answer
 * with its call, release, next) for S seconds, in a scratch database made and dropped by this run.
 * Reports claims, double claims (a lead with two calls in the call log: must be 0), claim and record
 * p50/p99, and pgbench's simple-update TPS on the same server in the same run as the baseline. The first
 * {@link #WARM_UP} of the work is not counted (the desks' code is still being compiled by the JVM then, as
 * it is not on a desk that has worked a while); its calls are checked for double claims all the same.
 *
 * <p>The login given must be allowed to create databases and roles (a throwaway server's administrator:
 * {@code scripts/test-postgres.sh --shell}); the agents' roles are named {@code dd_bench_…} and dropped
 * at the end.
 */
public final class TeamBenchmark {

    /** The figures of one run ({@code --json} prints them as one object). */
    public record Figures(int agents, int seconds, long claims, long doubleClaims, double claimP50Ms,
                          double claimP99Ms, double recordP50Ms, double recordP99Ms, double claimsPerSecond,
                          double pgbenchTps) {
    }

    public static final int POOL_LEADS = 100_000;
    private static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration WARM_UP = Duration.ofSeconds(3);

    private final PostgresLogin admin;
    private final Clock clock;
    private final PgBench pgbench;

    /** @param admin a login that may create databases and roles, to the server's maintenance database */
    public TeamBenchmark(PostgresLogin admin, Clock clock, PgBench pgbench) {
        this.admin = admin;
        this.clock = clock;
        this.pgbench = pgbench;
    }

    public Figures run(int agents, int seconds, PrintStream progress) throws Exception {
        requireConnections(agents);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String database = "dd_bench_" + suffix;
        List<String> roles = new ArrayList<>();
        adminSql("CREATE DATABASE " + database);
        try {
            PostgresLogin owner = loginTo(database, admin);
            List<PostgresLogin> desks = setUp(owner, agents, suffix, roles, progress);
            progress.printf("working the pool with %d agents for %d s (after %d s not counted) …%n", agents, seconds,
                    WARM_UP.toSeconds());
            Work work = work(desks, seconds);
            long doubles = doubleClaims(owner);
            new NotifyLatencyBench(owner, desks.get(0), clock).run(progress);
            progress.println("pgbench -N (simple update) on the same server …");
            double tps = pgbench.simpleUpdateTps(admin, agents, PgBench.SECONDS);
            new OutboxReplayBench(admin, clock).run(progress); // issue 13: 1,000 kept outcomes sent after an outage
            return new Figures(agents, seconds, work.claims(), doubles, work.claim().percentile(50),
                    work.claim().percentile(99), work.record().percentile(50), work.record().percentile(99),
                    work.claims() / (double) seconds, tps);
        } finally {
            adminSql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            for (String role : roles) {
                adminSql("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    /**
     * Each agent holds one connection, and pgbench as many after them: a server whose max_connections
     * leaves too few is refused before anything is made, in words (the test cluster allows 200).
     */
    private void requireConnections(int agents) throws SQLException {
        try (Connection connection = connect(admin);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_setting('max_connections')::int "
                     + "- current_setting('superuser_reserved_connections')::int, (SELECT count(*) FROM pg_stat_activity)")) {
            rs.next();
            long free = rs.getLong(1) - rs.getLong(2);
            if (free < agents + 3L) {
                throw new IllegalStateException(String.format(java.util.Locale.ROOT, "The server has %d connections "
                        + "free (max_connections less the reserved ones and the %d in use); %d agents and this run "
                        + "need %d. Raise max_connections (DIALDESK_PG_MAX_CONNECTIONS for scripts/test-postgres.sh) "
                        + "or run fewer agents.", free, rs.getLong(2), agents, agents + 3));
            }
        }
    }

    private List<PostgresLogin> setUp(PostgresLogin owner, int agents, String suffix, List<String> roles,
                                      PrintStream progress) throws SQLException {
        progress.printf("setting up %d agents and a pool of %,d leads …%n", agents, POOL_LEADS);
        List<PostgresLogin> desks = new ArrayList<>();
        try (TeamAdmin team = TeamAdmin.init(owner, clock)) {
            for (int i = 1; i <= agents; i++) {
                AgentId agent = new AgentId("DD_BENCH_" + suffix + "_" + i);
                String password = UUID.randomUUID().toString();
                TeamAdmin.Account account = team.addAgent(agent, "bench " + i, false, password.toCharArray());
                roles.add(account.loginRole());
                desks.add(owner.as(account.loginRole(), password));
            }
            team.database().write(connection -> {
                fillPool(connection);
                return null;
            });
        }
        return desks;
    }

    private void fillPool(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO lead_batch(name, agent_id, imported_at) VALUES ('bench pool', NULL, 0)");
            statement.execute("INSERT INTO lead(batch_id, agent_id, source_line, phone, name, status, created_at, "
                    + "updated_at) SELECT (SELECT max(id) FROM lead_batch), NULL, g, '+8210' || lpad(g::text, 8, '0'), "
                    + "'bench', 'NEW', 0, 0 FROM generate_series(1, " + POOL_LEADS + ") g");
            statement.execute("ANALYZE lead");
        }
    }

    /** What the agents did: claims made and the two latencies. */
    private record Work(long claims, Latencies claim, Latencies record) {
    }

    private Work work(List<PostgresLogin> desks, int seconds) throws Exception {
        List<Agent> agents = new ArrayList<>();
        for (PostgresLogin desk : desks) {
            agents.add(new Agent(PostgresDatabase.open(desk, PostgresDatabase.Mode.REQUIRE_CURRENT, 1), clock));
        }
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long counted = System.nanoTime() + WARM_UP.toNanos();
        long end = counted + Duration.ofSeconds(seconds).toNanos();
        for (Agent agent : agents) {
            Thread thread = new Thread(() -> agent.workUntil(counted, end, start, failure), "bench-agent");
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        agents.forEach(Agent::close);
        if (failure.get() != null) {
            throw failure.get();
        }
        Latencies claim = new Latencies();
        Latencies record = new Latencies();
        long claims = 0;
        for (Agent agent : agents) {
            claim.addAll(agent.claim);
            record.addAll(agent.record);
            claims += agent.claims;
        }
        return new Work(claims, claim, record);
    }

    /** Leads with more than one call: two desks held the same lead. */
    private static long doubleClaims(PostgresLogin owner) throws SQLException {
        try (Connection connection = connect(owner);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) - COUNT(DISTINCT lead_id) FROM call_attempt")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void adminSql(String sql) throws SQLException {
        try (Connection connection = connect(admin);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A plain connection by pgjdbc's driver itself (the shaded jar leaves it out of DriverManager's list). */
    static Connection connect(PostgresLogin login) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", login.user());
        properties.setProperty("password", login.password());
        return new org.postgresql.Driver().connect(login.jdbcUrl(), properties);
    }

    private static PostgresLogin loginTo(String database, PostgresLogin login) {
        String url = login.jdbcUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String options = query < 0 ? "" : url.substring(query);
        return new PostgresLogin(base.substring(0, base.lastIndexOf('/') + 1) + database + options, login.user(),
                login.password());
    }

    /** One agent's desk: claim, record, release, next, until the end. */
    private static final class Agent {
        private final PostgresDatabase desk;
        private final LeadClaims leadClaims;
        private final Clock clock;
        private final JdbcCallLog log;
        private final AgentId agentId;
        private final Disposition noAnswer;
        private final Latencies claim = new Latencies();
        private final Latencies record = new Latencies();
        private long claims;

        Agent(PostgresDatabase desk, Clock clock) {
            this.desk = desk;
            this.leadClaims = new PostgresLeadClaims(desk);
            this.clock = clock;
            this.log = new JdbcCallLog(desk);
            this.agentId = desk.loginAgent().orElseThrow().id();
            this.noAnswer = new JdbcDispositionStore(desk).find("NO_ANSWER").orElseThrow();
        }

        /** Claims and records until {@code end}; what started before {@code counted} is not counted. */
        void workUntil(long counted, long end, CountDownLatch start, AtomicReference<Exception> failure) {
            try {
                start.await();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    Optional<LeadClaims.Claim> next = leadClaims.claimNext(LEASE);
                    long t1 = System.nanoTime();
                    if (next.isEmpty()) {
                        return;
                    }
                    recordNoAnswer(next.get().leadId());
                    if (t0 >= counted) {
                        claim.add(t1 - t0);
                        record.add(System.nanoTime() - t1);
                        claims++;
                    }
                }
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }

        /**
         * The outcome as a desk writes it ({@code JdbcCallLog.record}, one transaction: the call, the lead's
         * retry a day later and the claim given back, PostgreSQL 013).
         */
        private void recordNoAnswer(long leadId) {
            java.time.Instant now = clock.instant();
            log.record(new CallAttempt(0, UUID.randomUUID(), leadId, agentId, now, now, "NO_ANSWER", ""), noAnswer);
        }

        void close() {
            desk.close();
        }
    }

    /** Latencies in nanoseconds; percentiles in milliseconds. */
    static final class Latencies {
        private long[] values = new long[1024];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        void addAll(Latencies other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        /** The nearest-rank percentile, as every other figure of the bench ({@link Stopwatch#percentile}). */
        double percentile(int p) {
            double[] millis = new double[size];
            for (int i = 0; i < size; i++) {
                millis[i] = values[i] / 1e6;
            }
            return Stopwatch.percentile(millis, p);
        }
    }
}

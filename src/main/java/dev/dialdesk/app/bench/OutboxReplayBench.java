package dev.dialdesk.app.bench;

import dev.dialdesk.app.OutboxWiring;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.outbox.Outbox;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLogin;
import dev.dialdesk.storage.postgres.TeamAdmin;
import dev.dialdesk.storage.sqlite.SqliteOutboxStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Part of {@code bench --only team} (issue 13): a desk recorded 1,000 outcomes while the server was
 * away (kept in its outbox.db); the server answers again: how long until the outbox has sent them all
 * (target: under 5 s). Five rounds on fresh leads, the median reported; each round checks that the
 * server has every outcome once and nothing waits or was refused. In a scratch database of its own,
 * dropped at the end.
 */
public final class OutboxReplayBench {

    public static final int OUTCOMES = 1_000;
    static final int ROUNDS = 5;
    static final double TARGET_MS = 5_000;

    private final PostgresLogin admin;
    private final Clock clock;

    /** @param admin a login that may create databases and roles (as for {@link TeamBenchmark}) */
    public OutboxReplayBench(PostgresLogin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    /** Runs the rounds and prints the figures to {@code out}; returns each round's milliseconds. */
    public List<Double> run(PrintStream out) throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String database = "dd_outbox_" + suffix;
        AgentId agent = new AgentId("DD_OUTBOX_" + suffix);
        String role = TeamAdmin.loginRole(agent);
        out.printf("outbox replay: %d rounds of %,d kept outcomes …%n", ROUNDS, OUTCOMES);
        adminSql("CREATE DATABASE " + database);
        Path folder = Files.createTempDirectory("dialdesk-outbox-bench");
        try {
            PostgresLogin owner = loginTo(database, admin);
            String password = UUID.randomUUID().toString();
            try (TeamAdmin team = TeamAdmin.init(owner, clock)) {
                team.addAgent(agent, "bench", false, password.toCharArray());
                team.database().write(connection -> fillLeads(connection, agent));
            }
            List<Double> millis = new ArrayList<>();
            try (PostgresDatabase desk = PostgresDatabase.open(owner.as(role, password),
                    PostgresDatabase.Mode.REQUIRE_CURRENT, 4)) {
                for (int round = 0; round < ROUNDS; round++) {
                    millis.add(round(desk, agent, folder.resolve("outbox-" + round + ".db"), round));
                }
            }
            out.println(text(millis));
            return millis;
        } finally {
            adminSql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            adminSql("DROP ROLE IF EXISTS " + role);
            deleteQuietly(folder);
        }
    }

    /** One round: 1,000 outcomes kept while the server is away, then the send timed. */
    private double round(PostgresDatabase desk, AgentId agent, Path journal, int round) {
        try (Outbox outbox = Outbox.onServer(SqliteOutboxStore.open(journal), OutboxWiring.stores(desk, clock), clock,
                Messages.forLocale(Locale.ENGLISH))) {
            outbox.serverAway();
            CallLog log = outbox.callLog(new JdbcCallLog(desk));
            Disposition noAnswer = new JdbcDispositionStore(desk).find("NO_ANSWER").orElseThrow();
            Instant at = clock.instant();
            for (int i = 1; i <= OUTCOMES; i++) {
                log.record(new CallAttempt(0, UUID.randomUUID(), (long) round * OUTCOMES + i, agent, at,
                        at.plusSeconds(25), "NO_ANSWER", ""), noAnswer);
            }
            long start = System.nanoTime();
            int sent = outbox.sendWaiting();
            double millis = (System.nanoTime() - start) / 1e6;
            if (sent != OUTCOMES || outbox.waiting() != 0 || !outbox.refused().isEmpty()) {
                throw new IllegalStateException("Round " + round + ": " + sent + " sent, " + outbox.waiting()
                        + " waiting, " + outbox.refused().size() + " refused");
            }
            return millis;
        }
    }

    static String text(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted(Comparator.naturalOrder()).toList();
        double median = sorted.get(sorted.size() / 2);
        return String.format(Locale.ROOT, "outbox replay of %,d outcomes after an outage: median %.0f ms "
                        + "(%.0f outcomes/s; rounds %s ms; target < %.0f s: %s)", OUTCOMES, median,
                OUTCOMES / (median / 1000), millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList(),
                TARGET_MS / 1000, median < TARGET_MS ? "met" : "MISSED");
    }

    /** {@code ROUNDS × OUTCOMES} leads of the agent, ids 1 … in order (a fresh database). */
    private static Void fillLeads(Connection connection, AgentId agent) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO lead_batch(name, agent_id, imported_at) VALUES ('outbox bench', '"
                    + agent.value() + "', 0)");
            statement.execute("INSERT INTO lead(id, batch_id, agent_id, source_line, phone, name, status, created_at, "
                    + "updated_at) SELECT g, (SELECT max(id) FROM lead_batch), '" + agent.value()
                    + "', g, '+8210' || lpad(g::text, 8, '0'), 'bench', 'NEW', 0, 0 FROM generate_series(1, "
                    + ROUNDS * OUTCOMES + ") g");
            statement.execute("ANALYZE lead");
        }
        return null;
    }

    private void adminSql(String sql) throws SQLException {
        try (Connection connection = TeamBenchmark.connect(admin); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static PostgresLogin loginTo(String database, PostgresLogin login) {
        String url = login.jdbcUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return new PostgresLogin(base.substring(0, base.lastIndexOf('/') + 1) + database
                + (query < 0 ? "" : url.substring(query)), login.user(), login.password());
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder: the system clears it
        }
    }
}

package dev.dialdesk.app.bench;

import dev.dialdesk.app.DatabaseTarget;
import dev.dialdesk.app.ServerLogin;
import dev.dialdesk.cli.Args;
import dev.dialdesk.cli.Cli;
import dev.dialdesk.storage.postgres.PostgresLogin;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;

/** {@code bench --only team --server URL [--agents N] [--seconds S] [--json]}: runs {@link TeamBenchmark}, prints its figures. */
public final class TeamBench {

    static final int DEFAULT_AGENTS = 50;
    static final int DEFAULT_SECONDS = 30;
    /** The targets of issue 12: claim p99 under 25 ms at 50 agents; claims per second at least half pgbench's TPS. */
    static final double CLAIM_P99_TARGET_MS = 25;

    int run(Args args, PrintStream out) throws Exception {
        String url = args.option("--server");
        if (url == null) {
            throw new Cli.UsageException("bench --only team needs --server postgresql://ADMIN@HOST:PORT/DB "
                    + "(a throwaway server: the login creates a scratch database and roles)");
        }
        if (!(DatabaseTarget.parse(url) instanceof DatabaseTarget.Server server)) {
            throw new Cli.UsageException("--server takes a postgresql:// address, not a file: " + url);
        }
        java.util.List<Integer> agentCounts = agentCounts(args.option("--agents"));
        int seconds = args.positive("--seconds", DEFAULT_SECONDS);
        dev.dialdesk.domain.i18n.Messages messages = dev.dialdesk.domain.i18n.Messages.forLocale(Locale.getDefault());
        PostgresLogin admin = ServerLogin.forThisMachine(
                shown -> dev.dialdesk.app.PasswordPrompt.console().ask(messages, shown)).resolve(server);
        boolean json = args.flag("--json");
        TeamBenchmark benchmark = new TeamBenchmark(admin, Clock.systemUTC(), new PgBench("pgbench"));
        java.util.List<TeamBenchmark.Figures> runs = new java.util.ArrayList<>();
        for (int agents : agentCounts) {
            TeamBenchmark.Figures figures = benchmark.run(agents, seconds,
                    json ? new PrintStream(PrintStream.nullOutputStream()) : out);
            runs.add(figures);
            out.println(json ? json(figures) : text(figures));
        }
        if (!json && runs.size() > 1) {
            out.println(growth(runs));
        }
        return 0;
    }

    /**
     * {@code --agents 50} or a list {@code --agents 10,50,200} (issue 13: how claim latency grows with
     * the floor); each count is one run of its own, on a scratch database of its own.
     */
    static java.util.List<Integer> agentCounts(String option) {
        if (option == null) {
            return java.util.List.of(DEFAULT_AGENTS);
        }
        java.util.List<Integer> counts = new java.util.ArrayList<>();
        for (String part : option.split(",")) {
            try {
                int count = Integer.parseInt(part.strip());
                if (count < 1) {
                    throw new NumberFormatException(part);
                }
                counts.add(count);
            } catch (NumberFormatException e) {
                throw new Cli.UsageException("--agents takes a number of agents or a list such as 10,50,200, not "
                        + option);
            }
        }
        return java.util.List.copyOf(counts);
    }

    /** One line per run: agents, claim p50/p99 and claims per second, for the growth with the floor's size. */
    static String growth(java.util.List<TeamBenchmark.Figures> runs) {
        StringBuilder text = new StringBuilder("claim latency by agents (p50 / p99, claims/s):");
        for (TeamBenchmark.Figures f : runs) {
            text.append(String.format(Locale.ROOT, "%n  %4d agents: %.2f / %.2f ms, %.0f/s, %d double claims",
                    f.agents(), f.claimP50Ms(), f.claimP99Ms(), f.claimsPerSecond(), f.doubleClaims()));
        }
        return text.toString();
    }

    static String json(TeamBenchmark.Figures f) {
        return String.format(Locale.ROOT, "{\"agents\":%d,\"seconds\":%d,\"claims\":%d,\"double_claims\":%d,"
                        + "\"claims_per_second\":%.1f,\"claim_p50_ms\":%.2f,\"claim_p99_ms\":%.2f,\"record_p50_ms\":%.2f,"
                        + "\"record_p99_ms\":%.2f,\"pgbench_tps\":%.1f}", f.agents(), f.seconds(), f.claims(),
                f.doubleClaims(), f.claimsPerSecond(), f.claimP50Ms(), f.claimP99Ms(), f.recordP50Ms(), f.recordP99Ms(),
                f.pgbenchTps());
    }

    static String text(TeamBenchmark.Figures f) {
        boolean p99 = f.claimP99Ms() < CLAIM_P99_TARGET_MS;
        boolean rate = f.claimsPerSecond() >= f.pgbenchTps() / 2;
        return String.format(Locale.ROOT, "%d agents, %d s: %d claims (%.0f/s), %d double claims%n"
                        + "claim p50 %.2f ms, p99 %.2f ms (target < %.0f ms at 50 agents: %s)%n"
                        + "record p50 %.2f ms, p99 %.2f ms%n"
                        + "pgbench -N: %.0f TPS (target claims/s >= half: %s)", f.agents(), f.seconds(), f.claims(),
                f.claimsPerSecond(), f.doubleClaims(), f.claimP50Ms(), f.claimP99Ms(), CLAIM_P99_TARGET_MS,
                p99 ? "met" : "MISSED", f.recordP50Ms(), f.recordP99Ms(), f.pgbenchTps(), rate ? "met" : "MISSED");
    }
}

package dev.dialdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.storage.sqlite.DatabaseLock;
import dev.dialdesk.testing.TestClocks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * THE CRASH TEST (issue 7 §3): Dialdesk's import and call saving run in a child JVM
 * ({@link CrashWorkerMain}) that is killed with SIGKILL at a random moment, again and again on the
 * same database. After every kill the database must pass {@code PRAGMA integrity_check}, hold no
 * half-imported batch, and hold every import and call save the child acknowledged before it died.
 * The seed is logged and named in every failure; rerun one with {@code -Ddialdesk.crash.seed=N}.
 */
@Tag("crash")
class CrashSafetyTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);
    private static final int KILLS = 22;
    private static final int MIN_DELAY_MS = 50;
    private static final int MAX_DELAY_MS = 800;

    @TempDir
    Path dir;

    @Test
    void sigkillAtRandomMomentsNeverCorruptsLosesAcknowledgedSavesOrHalfImportsABatch() throws Exception {
        long seed = Long.getLong("dialdesk.crash.seed", System.nanoTime());
        LOG.info("Crash test seed {}", seed);
        Random random = new Random(seed);
        Path database = dir.resolve("dialdesk.db");
        Set<String> acknowledgedCalls = new HashSet<>();
        Map<Long, Long> acknowledgedBatches = new HashMap<>();
        for (int run = 0; run < KILLS; run++) {
            int delay = MIN_DELAY_MS + random.nextInt(MAX_DELAY_MS - MIN_DELAY_MS + 1);
            String context = "seed " + seed + ", run " + run + ", killed " + delay + " ms after READY";
            List<String> lines = runAndKill(database, run, delay, context);
            for (String line : lines) {
                if (line.startsWith("ACK ")) {
                    acknowledgedCalls.add(line.substring(4));
                } else if (line.startsWith("BATCH ")) {
                    String[] parts = line.split(" ");
                    acknowledgedBatches.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                }
            }
            verify(database, acknowledgedCalls, acknowledgedBatches, context);
        }
        LOG.info("Crash test seed {}: {} kills, {} acknowledged imports and {} acknowledged call saves all kept",
                seed, KILLS, acknowledgedBatches.size(), acknowledgedCalls.size());
        assertThat(acknowledgedCalls).as("calls saved across all runs (seed %d)", seed).isNotEmpty();
        assertThat(acknowledgedBatches).as("batches imported across all runs (seed %d)", seed).isNotEmpty();
    }

    /**
     * Starts the child, waits for READY, lets it work {@code delayMs}, kills it; returns what it printed.
     * The child writes to a file, not a pipe: every line it wrote before the kill is read afterwards.
     */
    private List<String> runAndKill(Path database, int run, int delayMs, String context) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stdout = dir.resolve("child-" + run + ".out");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Ddialdesk.logdir=" + dir.resolve("logs"), "-cp", System.getProperty("java.class.path"),
                CrashWorkerMain.class.getName(), database.toString(), dir.toString(), String.valueOf(run))
                .redirectOutput(stdout.toFile())
                .redirectError(dir.resolve("child-" + run + ".err").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(stdout, StandardCharsets.UTF_8).startsWith("READY\n")) {
                assertThat(child.isAlive() && System.nanoTime() < deadline)
                        .as("child alive and READY within 60 s (%s); stderr: %s", context, stderrOf(run)).isTrue();
                Thread.sleep(10);
            }
            Thread.sleep(delayMs);
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no flush
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended (%s)", context).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("killed, not ended by itself (%s); stderr: %s", context, stderrOf(run))
                .isEqualTo(137);
        String printed = Files.readString(stdout, StandardCharsets.UTF_8);
        // A line cut by the kill was not acknowledged.
        return List.of(printed.substring(0, printed.lastIndexOf('\n') + 1).split("\n"));
    }

    private String stderrOf(int run) throws java.io.IOException {
        Path err = dir.resolve("child-" + run + ".err");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    private static void verify(Path database, Set<String> calls, Map<Long, Long> batches, String context)
            throws SQLException {
        // The killed child's lock is stale: the next Dialdesk takes it over.
        DatabaseLock.acquire(database, TestClocks.seoul("2026-11-18T12:00")).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            assertThat(queryStrings(connection, "PRAGMA integrity_check")).as("integrity_check (%s)", context)
                    .containsExactly("ok");
            assertThat(queryStrings(connection, "SELECT b.id || ': ' || b.imported_count || ' announced, '"
                    + " || (SELECT count(*) FROM lead l WHERE l.batch_id = b.id) || ' stored' FROM lead_batch b"
                    + " WHERE b.imported_count <> (SELECT count(*) FROM lead l WHERE l.batch_id = b.id)"))
                    .as("half-imported batches (%s)", context).isEmpty();
            Map<Long, Long> stored = new HashMap<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, imported_count FROM lead_batch")) {
                while (rs.next()) {
                    stored.put(rs.getLong(1), rs.getLong(2));
                }
            }
            assertThat(stored).as("acknowledged imports (%s)", context).containsAllEntriesOf(batches);
            Set<String> saved = new HashSet<>(queryStrings(connection, "SELECT client_id FROM call_attempt"));
            assertThat(calls).as("acknowledged call saves missing from the call log (%s)", context)
                    .allSatisfy(id -> assertThat(saved).contains(id));
        }
    }

    private static List<String> queryStrings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}

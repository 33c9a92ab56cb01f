package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.cli.Cli;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.DatabaseInUseException;
import dev.dialdesk.storage.sqlite.LockHolderMain;
import dev.dialdesk.testing.SteppingClock;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root takes the lock, backs up and restores through the commands a person types. */
class DataSafetyWiringTest {

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock("2025-03-04T08:55:00");

    @Test
    void aSecondDialdeskOnTheSameDatabaseIsRefusedUntilTheFirstCloses() {
        AppPaths paths = paths();
        try (CompositionRoot first = root(paths)) {
            first.database();
            try (CompositionRoot second = root(paths)) {
                assertThatThrownBy(second::database).isInstanceOf(DatabaseInUseException.class)
                        .hasMessageContaining("pid " + ProcessHandle.current().pid());
            }
        }
        try (CompositionRoot again = root(paths)) {
            again.database();
        }
    }

    @Test
    void backupThenRestoreFromTheCommandLine() throws Exception {
        AppPaths paths = paths();
        try (CompositionRoot root = root(paths)) {
            root.registerAgent(new Agent(new AgentId("A1"), "상담원"));
            root.backups().dailyBackupIfDue().orElseThrow();
        }
        Result backup = run(paths, "backup");
        assertThat(backup.code).isZero();
        assertThat(backup.out).contains("Backup written and checked");
        Path manual;
        try (Stream<Path> files = Files.list(paths.backupDir())) {
            manual = files.filter(p -> p.toString().endsWith("-manual.db")).findFirst().orElseThrow();
        }
        try (CompositionRoot root = root(paths)) {
            root.registerAgent(new Agent(new AgentId("A2"), "later"));
        }

        Result restore = run(paths, "restore", manual.toString());

        assertThat(restore.code).as(restore.err).isZero();
        assertThat(restore.out).contains("Restored the database from");
        try (CompositionRoot root = root(paths)) {
            assertThat(root.leadStore().agents()).extracting(a -> a.id().value()).containsExactly("A1");
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherDialdeskHoldsTheDatabase() throws Exception {
        AppPaths paths = paths();
        try (CompositionRoot root = root(paths)) {
            root.registerAgent(new Agent(new AgentId("A1"), "agent"));
        }
        Result backup = run(paths, "backup");
        Path file = Path.of(backup.out.substring(backup.out.indexOf(": ") + 2).strip());
        Process other = startLockHolder(paths.database());
        try {
            Result restore = run(paths, "restore", file.toString());

            assertThat(restore.code).isEqualTo(Cli.FAILED);
            assertThat(restore.err).contains("already open in another Dialdesk").contains(String.valueOf(other.pid()));
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void restoreOfAFileThatIsNotADatabaseSaysSoAndChangesNothing() throws Exception {
        AppPaths paths = paths();
        Path csv = Files.writeString(dir.resolve("leads.csv"), "이름,연락처\n");

        Result restore = run(paths, "restore", csv.toString());

        assertThat(restore.code).isEqualTo(Cli.FAILED);
        assertThat(restore.err).contains("is not a Dialdesk database");
        assertThat(Files.exists(paths.database())).isFalse();
    }

    private AppPaths paths() {
        return AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, dir.resolve("data").toString()), "Linux", dir, null, false);
    }

    private CompositionRoot root(AppPaths paths, String... args) {
        return new CompositionRoot(AppOptions.parse(concat("--lang", "en", args)), paths, clock);
    }

    private Result run(AppPaths paths, String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (CompositionRoot root = root(paths, command)) {
            Cli cli = new Cli(root.commands(), root.messages(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = cli.run(root.options().command(), false);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static String[] concat(String a, String b, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = a;
        all[1] = b;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private static Process startLockHolder(Path database) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), database.toString()).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).startsWith("LOCKED");
        return process;
    }

    private record Result(int code, String out, String err) {
    }
}

package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dialdesk.storage.sqlite.DatabaseLock;
import dev.dialdesk.testing.LogFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What Dialdesk leaves on disk: a released lock after SIGTERM, logs only the agent can read. */
class FilesOnTerminationTest {

    @TempDir
    Path dir;

    @Test
    void theLockFileIsReleasedWhenDialdeskIsTerminated() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "SIGTERM");
        Path dataDir = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process dialdesk = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-Ddialdesk.logdir=" + dir.resolve("logs"), "-cp", System.getProperty("java.class.path"),
                TerminatedDialdeskMain.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(dialdesk.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("OPEN");
            Path lockFile = DatabaseLock.lockFileOf(dataDir.resolve("dialdesk.db"));
            assertThat(Files.readString(lockFile)).contains("pid=" + dialdesk.pid());

            dialdesk.destroy(); // SIGTERM on Linux and macOS: shutdown hooks run
            assertThat(dialdesk.waitFor(30, TimeUnit.SECONDS)).as("terminated").isTrue();

            assertThat(Files.readString(lockFile)).as("an empty lock file is a clean exit").isEmpty();
        } finally {
            dialdesk.destroyForcibly();
        }
    }

    @Test
    void theLogFolderAndTheLogFileAreReadableByTheAgentOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Path logs = dir.resolve("data/logs");
        LogFiles logFiles = LogFiles.writeTo(logs);
        try {
            LoggerFactory.getLogger(FilesOnTerminationTest.class).info("started");
        } finally {
            logFiles.close();
        }

        assertThat(permissions(logs)).isEqualTo("rwx------");
        assertThat(permissions(logs.resolve("dialdesk.log"))).isEqualTo("rw-------");
        assertThat(Files.readString(logs.resolve("dialdesk.log"))).contains("started");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

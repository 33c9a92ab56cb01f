package dev.dialdesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dialdesk.storage.DatabaseInUseException;
import dev.dialdesk.testing.TestClocks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Dialdesk per database file, across processes; a crashed owner's lock is taken over. */
class DatabaseLockTest {

    private static final Clock CLOCK = TestClocks.seoul("2025-03-04T08:55");

    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedWithTheFirstOnesPidHostAndStartTime() throws Exception {
        Path database = dir.resolve("dialdesk.db");
        Process other = startLockHolder(database);
        try {
            long otherPid = other.pid();

            DatabaseInUseException refused = catchThrowableOfType(DatabaseInUseException.class,
                    () -> DatabaseLock.acquire(database, CLOCK));

            assertThat(refused.userMessage().key()).isEqualTo("error.lock.inUse");
            assertThat(refused.userMessage().args()).contains(String.valueOf(otherPid), DatabaseLock.hostName());
            assertThat(refused.holder()).contains("pid " + otherPid).contains(" since 20");
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLockLeftByAKilledProcessIsRecovered() throws Exception {
        Path database = dir.resolve("dialdesk.db");
        Process crashed = startLockHolder(database);
        crashed.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no clean-up ran
        assertThat(Files.readString(DatabaseLock.lockFileOf(database))).contains("pid=" + crashed.pid());

        try (DatabaseLock lock = DatabaseLock.acquire(database, CLOCK)) {
            assertThat(Files.readString(lock.file()))
                    .contains("pid=" + ProcessHandle.current().pid())
                    .contains("since=2025-03-04T08:55:00+09:00");
        }
    }

    @Test
    void theSameProcessCannotTakeItTwiceAndCanAgainAfterClosing() {
        Path database = dir.resolve("dialdesk.db");
        DatabaseLock first = DatabaseLock.acquire(database, CLOCK);
        assertThatThrownBy(() -> DatabaseLock.acquire(database, CLOCK)).isInstanceOf(DatabaseInUseException.class);
        first.close();
        DatabaseLock.acquire(database, CLOCK).close();
    }

    @Test
    void theLockFileSitsBesideTheDatabase() {
        assertThat(DatabaseLock.lockFileOf(dir.resolve("dialdesk.db"))).isEqualTo(dir.resolve("dialdesk.db.lock"));
    }

    private static Process startLockHolder(Path database) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), database.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("lock holder's first line").startsWith("LOCKED");
        return process;
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disk full, read-only file and a database locked by another program: the save fails with the
 * matching clear message, nothing is half-saved, and the store keeps working once the cause is gone.
 */
class StorageFailuresTest {

    private static final Duration SHORT_BUSY_TIMEOUT = Duration.ofMillis(200);

    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsTheSaveWithDiskFullAndKeepsTheOldNote() {
        Path file = dir.resolve("full.db");
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            JdbcLeadStore store = seededStore(database);
            long pages = database.read(connection -> longPragma(connection, "page_count"));
            database.write(connection -> execute(connection, "PRAGMA max_page_count = " + pages));

            StorageException failure = catchThrowableOfType(StorageException.class,
                    () -> store.updateNotes(1, "first call: busy", "x".repeat(200_000)));

            assertThat(failure.userMessage().key()).isEqualTo("error.storage.diskFull");
            assertThat(failure.userMessage().args()).containsExactly(file.toString());
            assertThat(store.findLead(1).orElseThrow().notes()).isEqualTo("first call: busy");

            database.write(connection -> execute(connection, "PRAGMA max_page_count = 1073741823"));
            store.updateNotes(1, "first call: busy", "retried after freeing space");
            assertThat(store.findLead(1).orElseThrow().notes()).isEqualTo("retried after freeing space");
        }
    }

    @Test
    void aDatabaseLockedByAnotherProgramFailsTheSaveWithLockedAfterTheBusyTimeout() throws Exception {
        Path file = dir.resolve("locked.db");
        try (SqliteDatabase database = SqliteDatabase.open(file, MigrationHook.NONE, SHORT_BUSY_TIMEOUT)) {
            JdbcLeadStore store = seededStore(database);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                execute(other, "BEGIN IMMEDIATE");
                long start = System.nanoTime();

                StorageException failure = catchThrowableOfType(StorageException.class,
                        () -> store.updateNotes(1, "first call: busy", "typed while the other program wrote"));

                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
                assertThat(failure.userMessage().key()).isEqualTo("error.storage.locked");
                assertThat(store.findLead(1).orElseThrow().notes()).isEqualTo("first call: busy");
                execute(other, "ROLLBACK");
            }
            store.updateNotes(1, "first call: busy", "typed while the other program wrote");
            assertThat(store.findLead(1).orElseThrow().notes()).isEqualTo("typed while the other program wrote");
        }
    }

    @Test
    void aReadOnlyDatabaseFailsTheSaveWithReadOnly() {
        // query_only makes SQLite answer SQLITE_READONLY exactly as for a read-only file, also as root.
        Path file = dir.resolve("readonly.db");
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            JdbcLeadStore store = seededStore(database);
            database.write(connection -> execute(connection, "PRAGMA query_only = 1"));

            StorageException failure = catchThrowableOfType(StorageException.class,
                    () -> store.updateNotes(1, "first call: busy", "cannot be written"));

            assertThat(failure.userMessage().key()).isEqualTo("error.storage.notWritable");
            assertThat(store.findLead(1).orElseThrow().notes()).isEqualTo("first call: busy");
        }
        // Once writable again (a fresh connection has query_only off), the same save goes through.
        try (SqliteDatabase reopened = SqliteDatabase.open(file)) {
            JdbcLeadStore store = new JdbcLeadStore(reopened, TestClocks.seoul("2025-03-04T10:05"));
            store.updateNotes(1, "first call: busy", "written once writable again");
            assertThat(store.findLead(1).orElseThrow().notes()).isEqualTo("written once writable again");
        }
    }

    @Test
    void aDatabaseFileWithoutWritePermissionIsRefusedAsReadOnly() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root ignores file permissions");
        Path file = dir.resolve("chmod.db");
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            seededStore(database);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

        StorageException failure = catchThrowableOfType(StorageException.class, () -> SqliteDatabase.open(file).close());

        assertThat(failure.userMessage().key()).isIn("error.storage.readOnly", "error.storage.open");
    }

    @Test
    void theMessagesSayWhatHappenedInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
            Messages messages = Messages.forLocale(locale);
            for (String key : new String[] {"error.storage.diskFull", "error.storage.notWritable", "error.storage.readOnly", "error.storage.locked"}) {
                assertThat(messages.get(key, "/data/dialdesk.db")).contains("/data/dialdesk.db");
            }
        }
    }

    private static JdbcLeadStore seededStore(SqliteDatabase database) {
        database.write(connection -> {
            execute(connection, "INSERT INTO agent(id, name, created_at) VALUES ('A1', 'agent', 0)");
            execute(connection, "INSERT INTO lead_batch(id, name, agent_id, imported_at) VALUES (1, 'b', 'A1', 0)");
            execute(connection, "INSERT INTO lead(id, batch_id, agent_id, phone, notes, created_at, updated_at) "
                    + "VALUES (1, 1, 'A1', '+821012345678', 'first call: busy', 0, 0)");
            return null;
        });
        return new JdbcLeadStore(database, TestClocks.seoul("2025-03-04T10:00"));
    }

    private static Void execute(Connection connection, String sql) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return null;
    }

    private static long longPragma(Connection connection, String pragma) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

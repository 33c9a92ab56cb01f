package dev.dialdesk.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.sqlite.SqliteBackups;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.testing.SteppingClock;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real SQLite file in a temp folder, with a clock the test moves from day to day. */
class BackupServiceTest {

    @TempDir
    Path dir;

    private final SteppingClock clock = new SteppingClock("2025-03-03T08:55:00");
    private Path database;
    private Path backupDir;
    private BackupService service;

    @BeforeEach
    void setUp() {
        database = dir.resolve("dialdesk.db");
        backupDir = dir.resolve("backups");
        service = new BackupService(new SqliteBackups(database), backupDir, "dialdesk.db", clock);
    }

    @Test
    void theFirstStartOfTheDayTakesACheckedOwnerOnlyBackupAndTheSecondDoesNot() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(database)) {
            addAgent(db, "A1");

            Optional<Path> first = service.dailyBackupIfDue();
            clock.advance(Duration.ofHours(4));
            Optional<Path> again = service.dailyBackupIfDue();

            assertThat(first).get().extracting(p -> p.getFileName().toString())
                    .isEqualTo("dialdesk-2025-03-03-085500-daily.db");
            assertThat(again).isEmpty();
            assertThat(count(first.get(), "agent")).isEqualTo(1);
            assertThat(quickCheck(first.get())).isEqualTo("ok");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.get()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backupDir))).isEqualTo("rwx------");
            assertThat(Files.exists(Path.of(first.get() + "-wal"))).as("self-contained, no WAL beside it").isFalse();
            assertThat(filesIn(backupDir)).hasSize(1);
        }
    }

    @Test
    void aBackupTakenWhileTheAppWritesHoldsEverySaveCommittedBeforeIt() {
        try (SqliteDatabase db = SqliteDatabase.open(database)) {
            for (int i = 0; i < 50; i++) {
                addAgent(db, "A" + i);
            }
            Path backup = service.backupNow(BackupKind.MANUAL);
            addAgent(db, "after");

            assertThat(count(backup, "agent")).isEqualTo(50);
        }
    }

    @Test
    void sixWeeksOfStartsLeaveSevenDailyAndFourWeeklyBackups() {
        try (SqliteDatabase db = SqliteDatabase.open(database)) {
            addAgent(db, "A1");
        }
        for (int day = 0; day < 42; day++) {
            assertThat(service.dailyBackupIfDue()).isPresent();
            clock.advance(Duration.ofDays(1));
        }
        assertThat(service.list()).hasSize(BackupRotation.DAILY + BackupRotation.WEEKLY);
        assertThat(service.list().get(service.list().size() - 1).takenAt().toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2025, 4, 13));
    }

    @Test
    void aBackupThatFailsItsCheckIsDeletedAndReported() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(database)) {
            addManyAgents(db, 2000);
        }
        corruptMiddlePages(database);

        StorageException failure = catchThrowableOfType(StorageException.class, () -> service.backupNow(BackupKind.MANUAL));

        assertThat(failure.userMessage().key()).isIn("backup.failed.check", "backup.failed");
        assertThat(filesIn(backupDir)).isEmpty();
    }

    @Test
    void aRestoreChecksTheFileFirstAndKeepsTheReplacedDatabase() throws Exception {
        Path backup;
        try (SqliteDatabase db = SqliteDatabase.open(database)) {
            addAgent(db, "before");
            backup = service.backupNow(BackupKind.MANUAL);
            addAgent(db, "after the backup");
        }
        clock.advance(Duration.ofMinutes(5));

        Path safetyCopy = service.restore(backup);

        assertThat(count(database, "agent")).isEqualTo(1);
        assertThat(count(safetyCopy, "agent")).isEqualTo(2);
        assertThat(safetyCopy.getFileName().toString()).endsWith("-before-restore.db");
        assertThat(Files.exists(dir.resolve("dialdesk.db-wal"))).isFalse();
        assertThat(Files.exists(dir.resolve("dialdesk.db.restoring"))).isFalse();
        try (SqliteDatabase reopened = SqliteDatabase.open(database)) {
            addAgent(reopened, "works after the restore");
        }
    }

    @Test
    void aDamagedDatabaseCanBeReplacedByAGoodBackupAndIsKeptAsItWas() throws Exception {
        Path backup;
        try (SqliteDatabase db = SqliteDatabase.open(database)) {
            addManyAgents(db, 2000);
            backup = service.backupNow(BackupKind.MANUAL);
        }
        corruptMiddlePages(database);
        String damaged = sha256(database);

        Path safetyCopy = service.restore(backup);

        assertThat(count(database, "agent")).isEqualTo(2000);
        assertThat(quickCheck(database)).isEqualTo("ok");
        assertThat(sha256(safetyCopy)).isEqualTo(damaged);
    }

    @Test
    void aFileThatIsNotADialdeskDatabaseIsRefusedAndNothingChanges() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.open(database)) {
            addAgent(db, "A1");
        }
        String before = sha256(database);
        Path text = Files.writeString(dir.resolve("leads.csv"), "이름,연락처\n홍길동,010-1234-5678\n");
        Path otherSqlite = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + otherSqlite); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE x(y)");
        }
        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE x(y)");
            s.execute("PRAGMA user_version = 999");
        }

        assertThat(refusal(text)).isEqualTo("restore.notSqlite");
        assertThat(refusal(otherSqlite)).isEqualTo("restore.notDialdesk");
        assertThat(refusal(newer)).isEqualTo("restore.tooNew");
        assertThat(refusal(dir.resolve("missing.db"))).isEqualTo("restore.notFound");
        assertThat(sha256(database)).isEqualTo(before);
        assertThat(filesIn(backupDir)).isEmpty();
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsReplaced() throws Exception {
        Path damaged = dir.resolve("damaged.db");
        try (SqliteDatabase db = SqliteDatabase.open(damaged)) {
            addManyAgents(db, 2000);
        }
        corruptMiddlePages(damaged);
        try (SqliteDatabase db = SqliteDatabase.open(database)) {
            addAgent(db, "A1");
        }
        String before = sha256(database);

        assertThat(refusal(damaged)).isEqualTo("restore.damaged");
        assertThat(sha256(database)).isEqualTo(before);
    }

    private String refusal(Path candidate) {
        return catchThrowableOfType(StorageException.class, () -> service.restore(candidate)).userMessage().key();
    }

    private static void addAgent(SqliteDatabase db, String id) {
        db.write(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO agent(id, name, created_at) VALUES ('" + id + "', 'agent', 0)");
            }
            return null;
        });
    }

    /** Enough rows for several pages, in one transaction. */
    private static void addManyAgents(SqliteDatabase db, int count) {
        db.write(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < count; i++) {
                    statement.execute("INSERT INTO agent(id, name, created_at) VALUES ('agent-with-a-longer-id-" + i
                            + "', 'agent', 0)");
                }
            }
            return null;
        });
    }

    /** Overwrites the second half of the file's pages with garbage, as a failing disk might. */
    private static void corruptMiddlePages(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            byte[] garbage = new byte[4096];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            for (long offset = 4096 * 2; offset + 4096 <= length; offset += 4096 * 2) {
                raf.seek(offset);
                raf.write(garbage);
            }
        }
    }

    private static long count(Path file, String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quickCheck(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static java.util.List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.DatabaseBackups;
import dev.dialdesk.storage.PrivateFiles;
import dev.dialdesk.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * {@link DatabaseBackups} with SQLite's online backup API (through sqlite-jdbc's {@code DB.backup}).
 *
 * <p>A copy is written to {@code NAME.part}, switched to a self-contained rollback journal (no WAL
 * beside it), checked with {@code quick_check}, and only then renamed to its final name: a crash or a
 * failed check never leaves a file that looks like a good backup.
 */
public final class SqliteBackups implements DatabaseBackups {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteBackups.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path database;

    public SqliteBackups(Path database) {
        this.database = database.toAbsolutePath();
    }

    @Override
    public boolean databaseExists() {
        try {
            return Files.isRegularFile(database) && Files.size(database) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void backupTo(Path target) {
        if (!databaseExists()) {
            throw new StorageException(new Message("backup.noDatabase", database.toString()),
                    "No database at " + database + " to back up", null);
        }
        copyChecked(database, target);
    }

    /** Online-copies {@code source} to {@code target} through a checked {@code .part} file. */
    private void copyChecked(Path source, Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            deleteWithCompanions(part);
            PrivateFiles.createOwnerOnly(part);
            onlineCopy(source, part);
            String check = finishAndCheck(part);
            if (!"ok".equals(check)) {
                deleteWithCompanions(part);
                throw new StorageException(new Message("backup.failed.check", target.toString(), check),
                        "Backup " + target.getFileName() + " failed quick_check: " + check + "; deleted", null);
            }
            moveAtomically(part, target);
        } catch (SQLException | IOException e) {
            deleteQuietly(part);
            throw new StorageException(new Message("backup.failed", target.toString()),
                    "Backup of " + source.getFileName() + " to " + target + " failed: " + e.getMessage(), e);
        }
    }

    private static void onlineCopy(Path source, Path target) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true); // the source is never changed, not even a restore candidate
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + source)) {
            // All pages in one step, under one read lock: a consistent snapshot that never restarts,
            // and in WAL mode Dialdesk's writer is not held up meanwhile.
            int rc = connection.unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", target.toString(), null, 200, 50, -1);
            if (rc != 0 && rc != 101) {
                throw new SQLException("SQLite backup returned code " + rc);
            }
        }
    }

    /** Makes the copy one self-contained file and returns {@code PRAGMA quick_check}'s verdict. */
    private static String finishAndCheck(Path copy) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
            return firstRow(statement, "PRAGMA quick_check");
        }
    }

    @Override
    public int verify(Path candidate) {
        Path file = candidate.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw refused("restore.notFound", file, "no such file");
        }
        if (!hasSqliteHeader(file)) {
            throw refused("restore.notSqlite", file, "not an SQLite database");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            String integrity = firstRow(statement, "PRAGMA integrity_check");
            if (!"ok".equals(integrity)) {
                throw refused("restore.damaged", file, "integrity_check: " + integrity);
            }
            int version = Migrations.userVersion(connection);
            int supported = new Migrations().latestVersion();
            if (version > supported) {
                throw new StorageException(new Message("restore.tooNew", file.toString(), version, supported),
                        "Restore refused: " + file + " has schema " + version + " > " + supported, null);
            }
            if (version < 1) {
                throw refused("restore.notDialdesk", file, "schema version 0");
            }
            return version;
        } catch (SQLException e) {
            throw new StorageException(new Message("restore.damaged", file.toString()),
                    "Restore refused: cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void replaceWith(Path candidate, Path safetyCopy) {
        verify(candidate);
        Path incoming = database.resolveSibling(database.getFileName() + ".restoring");
        if (databaseExists()) {
            keepSafetyCopy(safetyCopy);
        }
        copyChecked(candidate.toAbsolutePath(), incoming);
        try {
            checkpointAndDropWal();
            moveAtomically(incoming, database);
        } catch (IOException | SQLException e) {
            deleteQuietly(incoming);
            throw new StorageException(new Message("restore.failed", database.toString(), safetyCopy.toString()),
                    "Restore into " + database + " failed: " + e.getMessage(), e);
        }
        LOG.info("Database {} restored from {}", database, candidate.toAbsolutePath());
    }

    /**
     * Copies the database about to be replaced. A damaged database (often the reason for a restore)
     * cannot be backed up through SQLite: then its files are copied byte for byte, WAL included.
     */
    private void keepSafetyCopy(Path safetyCopy) {
        try {
            backupTo(safetyCopy);
            LOG.info("Safety copy of the replaced database: {}", safetyCopy);
        } catch (StorageException e) {
            LOG.warn("The database cannot be backed up ({}); keeping its files as they are instead", e.getMessage());
            try {
                rawCopy(database, safetyCopy);
                Path wal = database.resolveSibling(database.getFileName() + "-wal");
                if (Files.exists(wal)) {
                    rawCopy(wal, safetyCopy.resolveSibling(safetyCopy.getFileName() + "-wal"));
                }
            } catch (IOException copyFailure) {
                e.addSuppressed(copyFailure);
                throw e;
            }
        }
    }

    private static void rawCopy(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from); var out = PrivateFiles.newOutputStream(to)) {
            in.transferTo(out);
        }
    }

    /**
     * Folds the current WAL into the database file and removes it: a WAL left beside the restored file
     * would be replayed into it. Its content is already in the safety copy.
     */
    private void checkpointAndDropWal() throws SQLException, IOException {
        if (databaseExists()) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                 Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.warn("Checkpointing the replaced database failed ({}); its WAL is in the safety copy", e.getMessage());
            }
        }
        Path[] companions = DatabaseFiles.companions(database);
        for (Path companion : Arrays.copyOfRange(companions, 1, companions.length)) {
            Files.deleteIfExists(companion);
        }
    }

    private static StorageException refused(String key, Path file, String why) {
        return new StorageException(new Message(key, file.toString()), "Restore refused: " + file + ": " + why, null);
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstRow(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on odd file systems; say so rather than pretend.
            LOG.warn("Atomic rename not supported for {}; replacing non-atomically", to);
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteWithCompanions(Path file) throws IOException {
        for (Path companion : DatabaseFiles.companions(file)) {
            Files.deleteIfExists(companion);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            deleteWithCompanions(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the unfinished copy {}: {}", file, e.getMessage());
        }
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A desk's SQLite file opened only to be read (for {@code team upload --from DESK.db}): no migration,
 * no WAL switch, no lock file, a read-only connection, so the file is left exactly as it was. The
 * file must be at this build's schema (the desk opens it once with this Dialdesk first); a newer or
 * older one is refused in words. Every {@link #read} is one snapshot; {@link #write} is refused.
 */
public final class SqliteDeskFile implements JdbcDatabase, AutoCloseable {

    private final Path file;
    private final Connection connection;

    private SqliteDeskFile(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens {@code file} read-only; refuses a missing file and one at another schema version. */
    public static SqliteDeskFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(new Message("team.upload.noFile", file.toString()), "No desk file " + file, null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout((int) SqliteDatabase.DEFAULT_BUSY_TIMEOUT.toMillis());
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            int found = Migrations.userVersion(connection);
            int expected = new Migrations().latestVersion();
            if (found != expected) {
                throw new StorageException(new Message("team.upload.schema", file.toString(), found, expected),
                        "Desk file " + file + " is at schema " + found + ", not " + expected, null);
            }
            connection.setAutoCommit(false);
            return new SqliteDeskFile(file, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StorageException(new Message("error.storage.open", file.toString()),
                    "Cannot open desk file " + file + " read-only: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Engine engine() {
        return Engine.SQLITE;
    }

    @Override
    public synchronized <T> T read(JdbcWork<T> work) {
        try {
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StorageException(SqliteDatabase.messageFor(e, file), "Reading desk file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** Refused: the desk file is only read. */
    @Override
    public <T> T write(JdbcWork<T> work) {
        throw new UnsupportedOperationException("The desk file " + file + " is opened read-only");
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a read-only connection loses nothing
        }
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite file of an installation: connections, pragmas, migrations and the single writer.
 *
 * <p>All writes run on one thread ({@code dialdesk-db-writer}) that owns one connection, each in a
 * {@code BEGIN IMMEDIATE} transaction, so SQLite never sees two writers. Reads borrow a connection
 * from a small bounded set for the length of the read (WAL lets them proceed during a write); a thread
 * that ends leaves none behind. Neither reads, writes nor {@link #close()} may run on the Swing event
 * thread; closing waits for running reads and never closes a connection under another thread.
 */
public final class SqliteDatabase implements JdbcDatabase, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    /** How long a write waits for another program's lock before failing with "locked". */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    /** At most this many read connections are open at once; more readers wait for one. */
    static final int MAX_READ_CONNECTIONS = 4;
    /** How long closing waits for pending writes and running reads. */
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(10);

    private final Path file;
    private final String url;
    private final long busyTimeoutMillis;
    private final ExecutorService writer;
    private final Connection writeConnection;
    private final ReadConnections readConnections;
    private volatile Thread writerThread;
    private volatile boolean closed;
    /** Open write transactions on the writer thread (touched by that thread only). */
    private int writeDepth;

    private SqliteDatabase(Path file, Duration busyTimeout) throws SQLException {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.busyTimeoutMillis = busyTimeout.toMillis();
        this.writeConnection = connect();
        this.readConnections = new ReadConnections(this::connect, MAX_READ_CONNECTIONS);
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dialdesk-db-writer");
            thread.setDaemon(true);
            writerThread = thread;
            return thread;
        });
    }

    /**
     * Opens (creating if needed) the database at {@code file} and brings its schema up to date.
     *
     * @param beforeMigration runs before any migration is applied to a database that already has
     *                        data (the backup hook); not called for a new or current database
     * @throws dev.dialdesk.storage.SchemaTooNewException when a newer Dialdesk wrote the file
     */
    public static SqliteDatabase open(Path file, MigrationHook beforeMigration) {
        return open(file, beforeMigration, DEFAULT_BUSY_TIMEOUT);
    }

    /** As {@link #open(Path, MigrationHook)}, waiting at most {@code busyTimeout} for other programs' locks. */
    public static SqliteDatabase open(Path file, MigrationHook beforeMigration, Duration busyTimeout) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            refuseNewerSchema(file);
            DatabaseFiles.prepare(file);
            SqliteDatabase database = new SqliteDatabase(file, busyTimeout);
            try {
                database.write(connection -> {
                    new Migrations().apply(connection, file.toString(), beforeMigration);
                    return null;
                });
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (SQLException e) {
            Message specific = messageFor(e, file);
            Message message = specific.key().equals("error.storage.generic")
                    ? new Message("error.storage.open", file.toString()) : specific;
            throw new StorageException(message, "Cannot open database " + file + ": " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StorageException(new Message("error.storage.open", file.toString()),
                    "Cannot open database " + file, e);
        }
    }

    /**
     * Reads the schema version before anything else touches the file: switching to WAL alone would
     * rewrite its header, and a newer Dialdesk's database must be left exactly as it was.
     */
    private static void refuseNewerSchema(Path file) throws SQLException {
        if (!Files.exists(file)) {
            return;
        }
        try (Connection probe = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            int found = Migrations.userVersion(probe);
            int supported = new Migrations().latestVersion();
            if (found > supported) {
                throw new dev.dialdesk.storage.SchemaTooNewException(file.toString(), found, supported);
            }
        }
    }

    public static SqliteDatabase open(Path file) {
        return open(file, MigrationHook.NONE);
    }

    @Override
    public Engine engine() {
        return Engine.SQLITE;
    }

    public Path file() {
        return file;
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + busyTimeoutMillis);
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA temp_store = MEMORY");
            statement.execute("PRAGMA cache_size = -32000");
        }
        connection.setAutoCommit(true);
        return connection;
    }

    /**
     * Runs {@code work} on the writer thread in one {@code BEGIN IMMEDIATE} transaction and waits for
     * it. Committed when it returns, rolled back when it throws. Calls from inside a write run inline.
     */
    @Override
    public <T> T write(JdbcWork<T> work) {
        if (Thread.currentThread() == writerThread) {
            if (writeDepth > 0) {
                return runInSavepoint(work);
            }
            return runInTransaction(writeConnection, work, true);
        }
        checkOpen();
        // Queued until the writer takes it; withdrawn by a caller interrupted before that.
        AtomicBoolean queued = new AtomicBoolean(true);
        Future<T> future = writer.submit(() -> {
            if (!queued.compareAndSet(true, false)) {
                return null;
            }
            return runInTransaction(writeConnection, work, true);
        });
        try {
            return outcome(future);
        } catch (InterruptedException e) {
            return outcomeOfInterrupted(future, queued, e);
        }
    }

    /**
     * The caller was interrupted while its write was queued or running: a write that had not started
     * is withdrawn and reported as not saved; one already running is waited for and reported as what
     * it was (committed: its result; rolled back: its failure). The interrupt stays set either way.
     */
    private <T> T outcomeOfInterrupted(Future<T> future, AtomicBoolean queued, InterruptedException interrupt) {
        if (queued.compareAndSet(true, false)) {
            Thread.currentThread().interrupt();
            throw new StorageException(new Message("error.storage.interruptedNotSaved"),
                    "Interrupted before the write started: nothing was written", interrupt);
        }
        try {
            while (true) {
                try {
                    return outcome(future);
                } catch (InterruptedException again) {
                    // Keep waiting: the write is running and will end within the busy timeout.
                }
            }
        } finally {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T outcome(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StorageException("Write failed", cause);
        }
    }

    /** Runs {@code work} on a read connection in one read transaction (one snapshot). */
    @Override
    public <T> T read(JdbcWork<T> work) {
        if (Thread.currentThread() == writerThread) {
            try {
                return work.run(writeConnection);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        checkOpen();
        Connection connection;
        try {
            connection = readConnections.borrow();
        } catch (SQLException e) {
            throw translate(e);
        }
        try {
            return runInTransaction(connection, work, false);
        } finally {
            readConnections.giveBack();
        }
    }

    /** Read connections open now (for tests): never more than {@link #MAX_READ_CONNECTIONS}. */
    int openReadConnections() {
        return readConnections.openCount();
    }

    private <T> T runInTransaction(Connection connection, JdbcWork<T> work, boolean write) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
        } catch (SQLException e) {
            throw translate(e);
        }
        try {
            T result = runCounted(connection, work, write);
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
            }
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly(connection, e);
            if (e instanceof SQLException sql) {
                throw translate(sql);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e;
        }
    }

    /**
     * A write nested in another (e.g. one file of a batch inside {@code Transactions.inOneTransaction})
     * is part of the outer transaction, as a savepoint: when it fails, its own changes are undone and
     * the outer transaction may go on; it is durable only when the outer one commits.
     */
    private <T> T runInSavepoint(JdbcWork<T> work) {
        String name = "nested_" + writeDepth;
        try {
            execute("SAVEPOINT " + name);
            writeDepth++;
            T result;
            try {
                result = work.run(writeConnection);
            } finally {
                writeDepth--;
            }
            execute("RELEASE " + name);
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                execute("ROLLBACK TO " + name);
                execute("RELEASE " + name);
            } catch (SQLException undo) {
                e.addSuppressed(undo);
            }
            if (e instanceof SQLException sql) {
                throw translate(sql);
            }
            throw (RuntimeException) e;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = writeConnection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs the work, counting the writer's open transactions so that nested writes join the outer one. */
    private <T> T runCounted(Connection connection, JdbcWork<T> work, boolean write) throws SQLException {
        if (!write) {
            return work.run(connection);
        }
        writeDepth++;
        try {
            return work.run(connection);
        } finally {
            writeDepth--;
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            // A failed COMMIT or BEGIN may already have ended the transaction; that is not news.
            if (!String.valueOf(rollbackFailure.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(rollbackFailure);
            }
        }
    }

    /** Maps SQLite's error codes to messages the agent understands. */
    StorageException translate(SQLException e) {
        return new StorageException(messageFor(e, file),
                "SQLite error on " + file.getFileName() + ": " + e.getMessage(), e);
    }

    static Message messageFor(SQLException e, Path file) {
        Message message = new Message("error.storage.generic");
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_FULL")) {
                message = new Message("error.storage.diskFull", file.toString());
            } else if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN")
                    || name.startsWith("SQLITE_PERM")) {
                message = new Message("error.storage.notWritable", file.toString());
            } else if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                message = new Message("error.storage.locked", file.toString());
            } else if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
                message = new Message("error.storage.corrupt", file.toString());
            }
        }
        return message;
    }

    private void checkOpen() {
        refuseOnEventThread("Database access");
        if (closed) {
            throw new IllegalStateException("database is closed");
        }
    }

    /** The Swing event thread must never wait on the disk (named, to avoid loading AWT here). */
    private static void refuseOnEventThread(String what) {
        if (Thread.currentThread().getName().startsWith("AWT-EventQueue")) {
            throw new IllegalStateException(what + " on the Swing event thread");
        }
    }

    /**
     * Waits for pending writes and running reads, then closes every connection. Never on the event
     * thread (it may wait seconds); a read that outlives the wait keeps its connection until it ends.
     */
    @Override
    public void close() {
        refuseOnEventThread("Closing the database");
        if (closed) {
            return;
        }
        closed = true;
        writer.shutdown();
        try {
            if (!writer.awaitTermination(CLOSE_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("Database writer did not finish within {}; closing anyway", CLOSE_PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(writeConnection);
        readConnections.close(CLOSE_PATIENCE);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a database connection failed: {}", e.getMessage());
        }
    }
}

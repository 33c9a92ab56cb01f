package dev.dialdesk.storage.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A Dialdesk database on a PostgreSQL server (team mode): a small HikariCP pool of pgjdbc
 * connections, one login role for all of them. Each transaction runs on one connection from start to
 * commit; a store call made inside another (through {@link #inOneTransaction}) joins it on the same
 * connection. Opening refuses a schema from a newer Dialdesk before touching anything, and either
 * migrates an older one ({@link Mode#MIGRATE}, the team lead's {@code team init}) or refuses it
 * ({@link Mode#REQUIRE_CURRENT}, a desk).
 */
public final class PostgresDatabase implements JdbcDatabase, AutoCloseable {

    /** What opening does with a database whose schema is older than this build's. */
    public enum Mode { MIGRATE, REQUIRE_CURRENT }

    public static final int DEFAULT_POOL_SIZE = 4;

    private final PostgresLogin login;
    private final HikariDataSource pool;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private PostgresDatabase(PostgresLogin login, HikariDataSource pool) {
        this.login = login;
        this.pool = pool;
    }

    public static PostgresDatabase open(PostgresLogin login, Mode mode) {
        return open(login, mode, DEFAULT_POOL_SIZE);
    }

    public static PostgresDatabase open(PostgresLogin login, Mode mode, int poolSize) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(login, poolSize));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
            if (cause instanceof SQLException sql) {
                throw PostgresErrors.translate(sql, login);
            }
            throw new StorageException("Could not open the pool for " + login.describe(), e);
        }
        PostgresDatabase database = new PostgresDatabase(login, pool);
        try {
            PostgresMigrations migrations = new PostgresMigrations();
            database.write(connection -> {
                migrations.check(connection, login, mode == Mode.MIGRATE);
                return null;
            });
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static HikariConfig config(PostgresLogin login, int poolSize) {
        HikariConfig config = new HikariConfig();
        // By name: the shaded jar leaves pgjdbc out of DriverManager's list (start-up of SQLite desks).
        config.setDriverClassName("org.postgresql.Driver");
        config.setJdbcUrl(login.jdbcUrl());
        config.setUsername(login.user());
        config.setPassword(login.password());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setConnectionTimeout(5_000);
        config.setPoolName("dialdesk-" + login.user());
        // The first connection is made now, so that a wrong password or an unreachable server is
        // reported by open() and not by the first store call.
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "Dialdesk");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return config;
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    public PostgresLogin login() {
        return login;
    }

    /**
     * The agent this login works as ({@code agent.login_role} is the session's role), or empty for a
     * login that is no agent of the centre (the owner, an unknown role).
     */
    public java.util.Optional<dev.dialdesk.domain.Agent> loginAgent() {
        return read(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name FROM agent WHERE login_role = session_user::text");
                 java.sql.ResultSet rs = statement.executeQuery()) {
                return rs.next() ? java.util.Optional.of(new dev.dialdesk.domain.Agent(
                        new dev.dialdesk.domain.AgentId(rs.getString(1)), rs.getString(2)))
                        : java.util.Optional.<dev.dialdesk.domain.Agent>empty();
            }
        });
    }

    /** The schema version recorded on the server. */
    public int schemaVersion() {
        return read(PostgresMigrations::version);
    }

    /** Runs {@code work} in one read-write transaction: committed when it returns, rolled back when it throws. */
    @Override
    public <T> T write(JdbcWork<T> work) {
        return run(work, false);
    }

    /** Runs {@code work} in one read-only transaction (one snapshot of the data). */
    @Override
    public <T> T read(JdbcWork<T> work) {
        return run(work, true);
    }

    /**
     * One statement that is a transaction by itself (a claim function): auto-committed, which saves the
     * round trip of a COMMIT; inside a transaction already open on this thread it joins that one.
     */
    @Override
    public <T> T oneStatement(JdbcWork<T> work) {
        if (current.get() != null) {
            return run(work, false);
        }
        checkThread();
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, login);
        }
    }

    @Override
    public boolean inTransaction() {
        return current.get() != null;
    }

    @Override
    public <T> T inOneTransaction(Supplier<T> work) {
        return write(connection -> work.get());
    }

    private <T> T run(JdbcWork<T> work, boolean readOnly) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw PostgresErrors.translate(e, login);
            }
        }
        checkThread();
        try (Connection connection = pool.getConnection()) {
            return inTransaction(connection, work, readOnly);
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, login);
        }
    }

    private <T> T inTransaction(Connection connection, JdbcWork<T> work, boolean readOnly) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(readOnly);
        current.set(connection);
        T result;
        try {
            result = work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException | Error e) {
            current.remove();
            rollbackQuietly(connection, e);
            throw e;
        }
        current.remove();
        // Back to the pool's defaults; a connection that cannot be reset is broken and the pool drops it.
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
        return result;
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    private static void checkThread() {
        // The Swing event thread never waits on the network (named, to avoid loading AWT here).
        if (Thread.currentThread().getName().startsWith("AWT-EventQueue")) {
            throw new IllegalStateException("Database access on the Swing event thread");
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

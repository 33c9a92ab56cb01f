package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.SchemaTooNewException;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.jdbc.MigrationScripts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbered PostgreSQL migrations in {@code db/postgres/}, listed in order in {@code index.txt}:
 * version N is the N-th file, the database's version is the one {@code schema_version} row. Every
 * pending file runs in the caller's one transaction (PostgreSQL DDL is transactional), under an
 * advisory lock so that two desks starting at once do not both migrate.
 */
public final class PostgresMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresMigrations.class);
    private static final String DIR = "/db/postgres/";
    /** The advisory lock key of migrations ("DIALDESK" in ASCII, as a number). */
    private static final long LOCK_KEY = 0x4449414C4445534BL;

    private final List<String> files;

    public PostgresMigrations() {
        this.files = MigrationScripts.index(DIR);
    }

    public int latestVersion() {
        return files.size();
    }

    /** The database's schema version; 0 for an empty database. Reads nothing else, changes nothing. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM schema_version WHERE id = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Refuses a newer schema before anything else is read or written; then applies what is missing
     * when {@code migrate}, or refuses an older schema (a desk never migrates the centre's database).
     */
    void check(Connection connection, PostgresLogin login, boolean migrate) throws SQLException {
        int current = version(connection);
        int latest = latestVersion();
        if (current > latest) {
            throw new SchemaTooNewException(login.describe(), current, latest);
        }
        if (current == latest) {
            return;
        }
        if (!migrate) {
            throw new StorageException(new Message("error.team.schemaOld", login.describe(), current, latest),
                    "Team database " + login.describe() + " is at schema " + current + ", this build needs " + latest, null);
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
        apply(connection, version(connection));
    }

    private void apply(Connection connection, int from) throws SQLException {
        int latest = latestVersion();
        if (from > latest) {
            throw new SchemaTooNewException("team database", from, latest);
        }
        for (int version = from + 1; version <= latest; version++) {
            String name = files.get(version - 1);
            LOG.info("Applying PostgreSQL schema migration {} ({})", version, name);
            try (Statement statement = connection.createStatement()) {
                statement.execute(MigrationScripts.read(DIR, name));
            }
        }
        if (from == latest) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO schema_version(id, version, applied_at) VALUES (1, ?, (extract(epoch FROM now()) * 1000)::bigint) "
                        + "ON CONFLICT (id) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at")) {
            statement.setInt(1, latest);
            statement.executeUpdate();
        }
    }

}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.SchemaTooNewException;
import dev.dialdesk.storage.jdbc.MigrationScripts;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbered schema migrations in {@code db/migrations/}, listed in order in {@code index.txt}
 * ({@code 001-leads.sql}, {@code 002-…}). Version N is the N-th file; the database's version is
 * {@code PRAGMA user_version}. All pending migrations run in the caller's one transaction.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String DIR = "/db/migrations/";

    private final List<String> files;

    public Migrations() {
        this.files = readIndex();
    }

    public int latestVersion() {
        return files.size();
    }

    public List<String> files() {
        return files;
    }

    /** Applies every migration above the database's version, inside the current transaction. */
    void apply(Connection connection, String fileName, MigrationHook hook) throws SQLException {
        int current = userVersion(connection);
        int latest = latestVersion();
        if (current > latest) {
            throw new SchemaTooNewException(fileName, current, latest);
        }
        if (current == latest) {
            return;
        }
        if (current > 0) {
            hook.beforeMigration(fileName, current, latest);
        }
        for (int version = current + 1; version <= latest; version++) {
            String name = files.get(version - 1);
            LOG.info("Applying schema migration {} ({})", version, name);
            for (String sql : statements(read(name))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + latest);
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Splits a migration file on ';' at line ends. Migrations hold no triggers with inner ';'. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";") && !insideTrigger(current)) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** A CREATE TRIGGER body ends with END; its inner statements must not split it. */
    private static boolean insideTrigger(StringBuilder sql) {
        String upper = sql.toString().toUpperCase(java.util.Locale.ROOT);
        if (!upper.contains("CREATE TRIGGER")) {
            return false;
        }
        return !upper.strip().endsWith("END;");
    }

    private static List<String> readIndex() {
        return MigrationScripts.index(DIR);
    }

    private static String read(String name) {
        return MigrationScripts.read(DIR, name);
    }
}

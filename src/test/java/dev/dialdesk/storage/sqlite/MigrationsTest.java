package dev.dialdesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.storage.SchemaTooNewException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void allMigrationsApplyToAnEmptyDatabase() throws Exception {
        Path file = dir.resolve("fresh.db");
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            int version = database.read(Migrations::userVersion);
            assertThat(version).isEqualTo(new Migrations().latestVersion()).isPositive();
            String integrity = database.read(connection -> {
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
        }
    }

    @Test
    void reopeningACurrentDatabaseChangesNothingAndCallsNoHook() {
        Path file = dir.resolve("current.db");
        SqliteDatabase.open(file).close();
        AtomicInteger hookCalls = new AtomicInteger();
        try (SqliteDatabase database = SqliteDatabase.open(file, (f, from, to) -> hookCalls.incrementAndGet())) {
            assertThat(database.read(Migrations::userVersion)).isEqualTo(new Migrations().latestVersion());
        }
        assertThat(hookCalls).hasValue(0);
    }

    @Test
    void aDatabaseFromANewerDialdeskIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        int future = new Migrations().latestVersion() + 5;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE from_the_future(x)");
            statement.execute("PRAGMA user_version = " + future);
        }
        String before = sha256(file);

        assertThatThrownBy(() -> SqliteDatabase.open(file))
                .isInstanceOf(SchemaTooNewException.class)
                .hasMessageContaining("schema version " + future);

        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void pragmasAreSetOnEveryConnection() {
        try (SqliteDatabase database = SqliteDatabase.open(dir.resolve("pragmas.db"))) {
            String pragmas = database.read(connection -> {
                StringBuilder out = new StringBuilder();
                for (String pragma : new String[] {"journal_mode", "foreign_keys", "synchronous"}) {
                    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
                        rs.next();
                        out.append(pragma).append('=').append(rs.getString(1)).append(' ');
                    }
                }
                return out.toString().strip();
            });
            assertThat(pragmas).isEqualTo("journal_mode=wal foreign_keys=1 synchronous=2");
        }
    }

    @Test
    void aFailedWriteRollsBackEverything() {
        try (SqliteDatabase database = SqliteDatabase.open(dir.resolve("rollback.db"))) {
            assertThatThrownBy(() -> database.write(connection -> {
                try (Statement s = connection.createStatement()) {
                    s.execute("INSERT INTO agent(id, name, created_at) VALUES ('A1', 'x', 0)");
                }
                throw new IllegalStateException("forced failure after the insert");
            })).hasMessageContaining("forced failure");
            long agents = database.read(connection -> {
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM agent")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(agents).isZero();
        }
    }

    @Test
    void statementsSplitOnSemicolonsAtLineEnds() {
        assertThat(Migrations.statements("-- comment\nCREATE TABLE a(x);\n\nCREATE TABLE b(y);\n"))
                .containsExactly("CREATE TABLE a(x);", "CREATE TABLE b(y);");
    }

    private static String sha256(Path file) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return java.util.HexFormat.of().formatHex(digest);
    }
}

package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.SchemaTooNewException;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.testing.PostgresTestServer;
import dev.dialdesk.testing.RequiresPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening a team database on a real PostgreSQL server: migrations, the schema-version row, transactions. */
@ExtendWith(RequiresPostgres.class)
class PostgresDatabaseTest {

    private final PostgresTestServer server = PostgresTestServer.fromEnvironment();
    private PostgresTestServer.Scratch scratch;

    @BeforeEach
    void freshDatabase() {
        scratch = server.freshDatabase();
    }

    @AfterEach
    void drop() {
        scratch.close();
    }

    @Test
    void allMigrationsApplyToAnEmptyDatabaseAndRecordTheVersion() {
        try (PostgresDatabase database = PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.MIGRATE)) {
            assertThat(database.schemaVersion()).isEqualTo(new PostgresMigrations().latestVersion()).isPositive();
            assertThat(query(database, "SELECT count(*) FROM disposition")).containsExactly("9");
        }
    }

    @Test
    void reopeningACurrentDatabaseChangesNothing() {
        PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.MIGRATE).close();
        try (PostgresDatabase first = PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.MIGRATE)) {
            List<String> before = query(first, "SELECT version || ' ' || applied_at FROM schema_version");
            try (PostgresDatabase again = PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.REQUIRE_CURRENT)) {
                assertThat(query(again, "SELECT version || ' ' || applied_at FROM schema_version")).isEqualTo(before);
            }
        }
    }

    @Test
    void aDatabaseFromANewerDialdeskIsRefusedAndLeftUntouched() {
        int future = new PostgresMigrations().latestVersion() + 5;
        try (PostgresDatabase database = PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.MIGRATE)) {
            database.write(connection -> {
                try (Statement s = connection.createStatement()) {
                    s.execute("UPDATE schema_version SET version = " + future);
                    s.execute("CREATE TABLE from_the_future (x integer)");
                }
                return null;
            });
        }
        List<String> before = snapshot();

        assertThatThrownBy(() -> PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.MIGRATE))
                .isInstanceOf(SchemaTooNewException.class)
                .hasMessageContaining("schema version " + future);
        assertThatThrownBy(() -> PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.REQUIRE_CURRENT))
                .isInstanceOf(SchemaTooNewException.class);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aDeskRefusesAnOlderSchemaInWordsAndCreatesNothing() {
        assertThatThrownBy(() -> PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.REQUIRE_CURRENT))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.userMessage().key())
                        .isEqualTo("error.team.schemaOld"));
        assertThat(snapshot()).isEmpty();
    }

    @Test
    void aWrongPasswordIsReportedAsALoginProblem() {
        assertThatThrownBy(() -> PostgresDatabase.open(scratch.as(scratch.owner().user(), "not-the-password"),
                PostgresDatabase.Mode.MIGRATE))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    Message message = e.userMessage();
                    assertThat(message.key()).isEqualTo("error.team.login");
                    assertThat(e.getMessage()).doesNotContain("not-the-password");
                });
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedAsUnreachableWithoutThePassword() {
        PostgresLogin nowhere = new PostgresLogin("jdbc:postgresql://127.0.0.1:1/dialdesk?connectTimeout=2",
                "a1024", "secret-pw");
        assertThatThrownBy(() -> PostgresDatabase.open(nowhere, PostgresDatabase.Mode.REQUIRE_CURRENT))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("error.team.unreachable");
                    assertThat(e.userMessage().args()).containsExactly("a1024@127.0.0.1:1/dialdesk");
                    assertThat(e.getMessage()).doesNotContain("secret-pw");
                });
    }

    @Test
    void storeCallsInsideOneTransactionShareItsConnectionAndRollBackTogether() {
        try (PostgresDatabase database = PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.MIGRATE, 2)) {
            assertThatThrownBy(() -> database.inOneTransaction(() -> {
                int outer = database.write(PostgresDatabaseTest::backendPid);
                int inner = database.write(connection -> {
                    insertHoliday(connection, "2026-12-25");
                    return backendPid(connection);
                });
                assertThat(inner).isEqualTo(outer);
                database.write(connection -> insertHoliday(connection, "2026-12-25"));
                return null;
            })).isInstanceOf(StorageException.class);
            assertThat(query(database, "SELECT count(*) FROM holiday")).containsExactly("0");
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int insertHoliday(Connection connection, String day) throws SQLException {
        try (Statement s = connection.createStatement()) {
            return s.executeUpdate("INSERT INTO holiday(day, name, source) VALUES ('" + day + "', '', 'test')");
        }
    }

    /** Every table and column of the public schema, and the version row: what a refusal must not change. */
    private List<String> snapshot() {
        try (Connection connection = scratch.connect(scratch.owner().user(), scratch.owner().password())) {
            List<String> rows = new ArrayList<>(rows(connection, "SELECT table_name || '.' || column_name FROM "
                    + "information_schema.columns WHERE table_schema = 'public' ORDER BY 1"));
            if (!rows.isEmpty()) {
                rows.addAll(rows(connection, "SELECT version || ' ' || applied_at FROM schema_version"));
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> query(PostgresDatabase database, String sql) {
        return database.read(connection -> rows(connection, sql));
    }

    static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}

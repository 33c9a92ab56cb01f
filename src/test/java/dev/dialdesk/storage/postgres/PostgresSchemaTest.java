package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.testing.PostgresTestServer;
import dev.dialdesk.testing.RequiresPostgres;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL schema keeps SQLite's table and column names, so that one row mapping serves both
 * engines. When a SQLite migration adds a table or column, this test names it until a
 * {@code db/postgres/} migration adds it too.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresSchemaTest {

    @TempDir
    Path dir;

    @Test
    void everySqliteTableAndColumnExistsOnPostgresqlWithARowVersionOnEveryMutableRow() {
        Set<String> sqlite = sqliteColumns();
        Set<String> postgres;
        try (PostgresTestServer.Scratch scratch = PostgresTestServer.fromEnvironment().freshDatabase();
             PostgresDatabase database = PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.MIGRATE)) {
            List<String> rows = database.read(connection -> PostgresDatabaseTest.rows(connection,
                    "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'"));
            postgres = new TreeSet<>(rows);
        }
        Set<String> missing = new TreeSet<>(sqlite);
        missing.removeAll(postgres);
        assertThat(missing).as("SQLite columns without a PostgreSQL counterpart: add them in a db/postgres migration")
                .isEmpty();
        for (String table : List.of("agent", "lead", "callback", "contract", "disposition")) {
            assertThat(postgres).contains(table + ".version");
        }
        assertThat(postgres).contains("lead.claimed_by", "lead.claim_until", "agent.login_role");
        // Server-only (a desk's own file has no outbox): the client ids of bookings and contracts sent
        // from a desk's outbox, so that sending one twice makes one row (011-client-ids.sql).
        assertThat(postgres).contains("callback.client_id", "contract.client_id");
    }

    @Test
    void thePostgresqlMigrationSeedsTheSameDispositionsAsSqlite() {
        List<String> sqlite;
        try (SqliteDatabase database = SqliteDatabase.open(dir.resolve("d.db"))) {
            assertThat(new JdbcDispositionStore(database).all()).containsExactlyElementsOf(DefaultDispositions.all());
            sqlite = database.read(connection -> dispositionRows(connection));
        }
        try (PostgresTestServer.Scratch scratch = PostgresTestServer.fromEnvironment().freshDatabase();
             PostgresDatabase database = PostgresDatabase.open(scratch.owner(), PostgresDatabase.Mode.MIGRATE)) {
            assertThat(database.read(PostgresSchemaTest::dispositionRows)).isEqualTo(sqlite);
        }
    }

    private static List<String> dispositionRows(java.sql.Connection connection) throws java.sql.SQLException {
        return PostgresDatabaseTest.rows(connection, "SELECT code || ' ' || position || ' ' || coalesce(label, '-') || ' ' "
                + "|| contact || final || sale || do_not_call || ' ' || lead_status || ' ' || retry || ' ' "
                + "|| coalesce(retry_delay_minutes, -1) || ' ' || max_attempts || ' ' || active "
                + "FROM disposition ORDER BY code");
    }

    private Set<String> sqliteColumns() {
        try (SqliteDatabase database = SqliteDatabase.open(dir.resolve("schema.db"))) {
            return database.read(connection -> {
                List<String> tables = new ArrayList<>();
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                Set<String> columns = new TreeSet<>();
                for (String table : tables) {
                    try (Statement s = connection.createStatement();
                         ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('" + table + "')")) {
                        while (rs.next()) {
                            columns.add(table + "." + rs.getString(1));
                        }
                    }
                }
                return columns;
            });
        }
    }
}

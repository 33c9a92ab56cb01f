package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What {@code --db} may name: a database file, or a team server as a postgresql:// URI or JDBC URL. */
class DatabaseTargetTest {

    @Test
    void aPathIsALocalFileAsAlways() {
        assertThat(DatabaseTarget.parse("/home/kim/dialdesk.db"))
                .isEqualTo(new DatabaseTarget.LocalFile(Path.of("/home/kim/dialdesk.db")));
        assertThat(DatabaseTarget.parse("work/오늘.db")).isEqualTo(new DatabaseTarget.LocalFile(Path.of("work/오늘.db")));
    }

    @Test
    void aPostgresqlUriNamesUserServerPortDatabaseAndTlsMode() {
        DatabaseTarget.Server server = (DatabaseTarget.Server)
                DatabaseTarget.parse("postgresql://agent01@db.centre.local:6543/dialdesk?sslmode=verify-full");
        assertThat(server).isEqualTo(new DatabaseTarget.Server("db.centre.local", 6543, "dialdesk", "agent01", "verify-full"));
        assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://db.centre.local:6543/dialdesk?sslmode=verify-full");
        assertThat(server.describe()).isEqualTo("agent01@db.centre.local:6543/dialdesk");
    }

    @Test
    void theIssuesExampleTakesTheDefaultPortAndTheDriversTlsDefault() {
        assertThat(DatabaseTarget.parse("postgresql://agent01@server/dialdesk"))
                .isEqualTo(new DatabaseTarget.Server("server", 5432, "dialdesk", "agent01", null));
        assertThat(DatabaseTarget.parse("postgres://server/dialdesk"))
                .isEqualTo(new DatabaseTarget.Server("server", 5432, "dialdesk", null, null));
    }

    @Test
    void aJdbcUrlNamesTheUserAsAParameter() {
        assertThat(DatabaseTarget.parse("jdbc:postgresql://10.0.0.5:5433/centre?user=a1024&sslmode=require"))
                .isEqualTo(new DatabaseTarget.Server("10.0.0.5", 5433, "centre", "a1024", "require"));
    }

    @Test
    void anIpv6ServerIsWrittenInBrackets() {
        assertThat(DatabaseTarget.parse("postgresql://a1024@[::1]:5432/dialdesk"))
                .isEqualTo(new DatabaseTarget.Server("[::1]", 5432, "dialdesk", "a1024", null));
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedAndNotRepeated() {
        assertThatThrownBy(() -> DatabaseTarget.parse("postgresql://a1024:hunter2@server/dialdesk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("~/.pgpass").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DatabaseTarget.parse("jdbc:postgresql://server/dialdesk?user=a1024&password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PGPASSWORD").hasMessageNotContaining("hunter2");
    }

    @Test
    void malformedServerAddressesSayWhatIsWrong() {
        assertThatThrownBy(() -> DatabaseTarget.parse("postgresql://a1024@server"))
                .hasMessageContaining("name the database");
        assertThatThrownBy(() -> DatabaseTarget.parse("postgresql://server:54x/dialdesk"))
                .hasMessageContaining("port must be a number");
        assertThatThrownBy(() -> DatabaseTarget.parse("postgresql://server:70000/dialdesk"))
                .hasMessageContaining("1 to 65535");
        assertThatThrownBy(() -> DatabaseTarget.parse("postgresql://server/dialdesk?sslmode=always"))
                .hasMessageContaining("sslmode must be one of");
        assertThatThrownBy(() -> DatabaseTarget.parse("postgresql://server/dialdesk?target_session_attrs=any"))
                .hasMessageContaining("unknown option target_session_attrs");
        assertThatThrownBy(() -> DatabaseTarget.parse("jdbc:postgresql:dialdesk"))
                .hasMessageContaining("jdbc:postgresql://HOST");
        assertThatThrownBy(() -> DatabaseTarget.parse("postgresql://a,b/dialdesk")).hasMessageContaining("one server");
    }
}

package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The global options: {@code --db} reads a file as before, or names the team server to work on. */
class AppOptionsTest {

    @Test
    void aDatabaseFileBeforeOrAfterTheCommandIsKept() {
        assertThat(AppOptions.parse("--db", "/tmp/a.db", "stats").database()).isEqualTo(Path.of("/tmp/a.db"));
        AppOptions options = AppOptions.parse("stats", "--db=/tmp/b.db", "--json");
        assertThat(options.database()).isEqualTo(Path.of("/tmp/b.db"));
        assertThat(options.command()).isEqualTo(List.of("stats", "--json"));
    }

    @Test
    void aTeamServerIsKeptAsTheServerAndNoFile() {
        AppOptions options = AppOptions.parse("--db", "postgresql://agent01@server/dialdesk", "queue");
        assertThat(options.database()).isNull();
        assertThat(options.server().describe()).isEqualTo("agent01@server:5432/dialdesk");
        assertThat(options.server().jdbcUrl()).isEqualTo("jdbc:postgresql://server:5432/dialdesk");
        assertThat(options.command()).isEqualTo(List.of("queue"));
        assertThat(AppOptions.parse("--db=jdbc:postgresql://db.centre:6432/floor?user=a1024&sslmode=verify-full")
                .server().describe()).isEqualTo("a1024@db.centre:6432/floor");
    }

    @Test
    void theDemoStaysOnItsSampleFile() {
        assertThatThrownBy(() -> AppOptions.parse("--demo", "--db", "postgresql://agent01@server/dialdesk"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--demo");
    }

    @Test
    void aMalformedTeamServerIsExplainedNotTakenForAFileName() {
        assertThatThrownBy(() -> AppOptions.parse("--db=postgresql://agent01@server"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name the database");
    }
}

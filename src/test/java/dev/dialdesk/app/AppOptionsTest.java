package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The global options: {@code --db} reads a file as before and explains a team server it cannot open yet. */
class AppOptionsTest {

    @Test
    void aDatabaseFileBeforeOrAfterTheCommandIsKept() {
        assertThat(AppOptions.parse("--db", "/tmp/a.db", "stats").database()).isEqualTo(Path.of("/tmp/a.db"));
        AppOptions options = AppOptions.parse("stats", "--db=/tmp/b.db", "--json");
        assertThat(options.database()).isEqualTo(Path.of("/tmp/b.db"));
        assertThat(options.command()).isEqualTo(List.of("stats", "--json"));
    }

    @Test
    void aTeamServerIsRecognisedAndRefusedUntilTeamModeIsWired() {
        assertThatThrownBy(() -> AppOptions.parse("--db", "postgresql://agent01@server/dialdesk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent01@server:5432/dialdesk")
                .hasMessageContaining("not available in this version yet");
    }

    @Test
    void aMalformedTeamServerIsExplainedNotTakenForAFileName() {
        assertThatThrownBy(() -> AppOptions.parse("--db=postgresql://agent01@server"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name the database");
    }
}

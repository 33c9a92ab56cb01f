package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.i18n.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team server's password the PostgreSQL way: PGPASSWORD, then ~/.pgpass, then the terminal; never the command line. */
class ServerPasswordsTest {

    private static final DatabaseTarget.Server SERVER =
            (DatabaseTarget.Server) DatabaseTarget.parse("postgresql://tl01@db.centre.local/dialdesk");

    @TempDir
    Path home;

    private Path pgpass(String text, String permissions) throws IOException {
        Path file = Files.writeString(home.resolve(".pgpass"), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void pgpasswordComesFirstThenTheFirstMatchingLineOfPgpass() throws IOException {
        pgpass("# centre\nother.host:5432:dialdesk:tl01:wrong\ndb.centre.local:*:dialdesk:tl01:pa\\:ss\n"
                + "*:*:*:*:fallback\n", "rw-------");
        ServerPasswords fromFile = new ServerPasswords(Map.of(), home, prompt -> Optional.empty());
        assertThat(fromFile.password(SERVER, "tl01")).isEqualTo("pa:ss");
        assertThat(fromFile.password(SERVER, "a1024")).isEqualTo("fallback");

        ServerPasswords fromEnvironment = new ServerPasswords(Map.of("PGPASSWORD", "env"), home, prompt -> Optional.empty());
        assertThat(fromEnvironment.password(SERVER, "tl01")).isEqualTo("env");
    }

    @Test
    void aPgpassOthersMayReadIsIgnoredAsLibpqDoesAndTheTerminalIsAsked() throws IOException {
        pgpass("*:*:*:*:secret\n", "rw-r--r--");
        ServerPasswords passwords = new ServerPasswords(Map.of(), home, prompt -> Optional.of("typed".toCharArray()));
        assertThat(passwords.password(SERVER, "tl01")).isEqualTo("typed");
    }

    @Test
    void withoutAnySourceTheMessageSaysWhereAPasswordMayComeFrom() {
        ServerPasswords passwords = new ServerPasswords(Map.of(), home, prompt -> Optional.empty());
        assertThatThrownBy(() -> passwords.password(SERVER, "tl01")).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).userMessage().key()).isEqualTo("team.error.noPassword"));
    }

    @Test
    void theLoginIsTheOneInDbElsePguser() {
        ServerPasswords passwords = new ServerPasswords(Map.of("PGUSER", "owner"), home, prompt -> Optional.empty());
        assertThat(passwords.user(SERVER)).isEqualTo("tl01");
        assertThat(passwords.user((DatabaseTarget.Server) DatabaseTarget.parse("postgresql://db/dialdesk"))).isEqualTo("owner");
    }

    @Test
    void aTeamCommandTakesTheServerWhileTheWindowStillRefusesIt() {
        assertThat(AppOptions.parse("--db", "postgresql://tl01@db/dialdesk", "team", "agents").server().user())
                .isEqualTo("tl01");
        assertThatThrownBy(() -> AppOptions.parse("--db", "postgresql://tl01@db/dialdesk", "stats"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not available");
    }
}

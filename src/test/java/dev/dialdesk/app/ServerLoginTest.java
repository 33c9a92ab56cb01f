package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.postgres.PostgresLogin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who a desk logs in as on the server and where the password comes from; it never goes into a description. */
class ServerLoginTest {

    @TempDir
    Path home;
    private final List<String> asked = new ArrayList<>();

    private static DatabaseTarget.Server server(String value) {
        return (DatabaseTarget.Server) DatabaseTarget.parse(value);
    }

    private ServerLogin login(Map<String, String> environment, String typed) {
        return new ServerLogin(environment, home, shown -> {
            asked.add(shown);
            return Optional.ofNullable(typed).map(String::toCharArray);
        });
    }

    private void pgpass(String text) throws IOException {
        Path file = home.resolve(".pgpass");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void pgpasswordComesFirstAndNothingIsAsked() throws IOException {
        pgpass("*:*:*:*:from-file\n");
        PostgresLogin login = login(Map.of("PGPASSWORD", "from-env"), "typed")
                .resolve(server("postgresql://a1024@db.centre.local/dialdesk"));

        assertThat(login.password()).isEqualTo("from-env");
        assertThat(login.user()).isEqualTo("a1024");
        assertThat(login.jdbcUrl()).isEqualTo("jdbc:postgresql://db.centre.local:5432/dialdesk");
        assertThat(asked).isEmpty();
    }

    @Test
    void thePasswordFileMatchesTheServerDatabaseAndUser() throws IOException {
        pgpass("db.centre.local:5432:dialdesk:a2048:lees\ndb.centre.local:5432:dialdesk:a1024:kims\n");

        assertThat(login(Map.of(), "typed").resolve(server("postgresql://a1024@db.centre.local/dialdesk")).password())
                .isEqualTo("kims");
        assertThat(asked).isEmpty();
    }

    @Test
    void pgpassfileNamesAnotherFile() throws IOException {
        Path other = home.resolve("centre.pgpass");
        Files.writeString(other, "*:*:*:a1024:from-pgpassfile\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));

        assertThat(login(Map.of("PGPASSFILE", other.toString()), null)
                .resolve(server("postgresql://a1024@db/dialdesk")).password()).isEqualTo("from-pgpassfile");
    }

    @Test
    void withoutEitherTheAgentIsAskedForTheLoginShownWithoutAPassword() throws IOException {
        pgpass("*:*:*:*:shared\n");
        Files.setPosixFilePermissions(home.resolve(".pgpass"), PosixFilePermissions.fromString("rw-r--r--"));

        PostgresLogin login = login(Map.of("PGUSER", "a1024"), "typed-secret")
                .resolve(server("jdbc:postgresql://db:6432/dialdesk?sslmode=verify-full"));

        assertThat(login.password()).isEqualTo("typed-secret");
        assertThat(asked).containsExactly("a1024@db:6432/dialdesk");
        assertThat(login.toString()).doesNotContain("typed-secret");
    }

    @Test
    void noPasswordAtAllIsRefusedInWords() {
        assertThatThrownBy(() -> login(Map.of(), null).resolve(server("postgresql://a1024@db/dialdesk")))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("error.team.noPassword"));
    }
}

package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** libpq's password file as a desk reads it: first match wins, wildcards, escapes, and no secrets shared. */
class PgPassFileTest {

    @TempDir
    Path dir;

    private PgPassFile file(String text) throws IOException {
        Path path = dir.resolve(".pgpass");
        Files.writeString(path, text);
        if (posix()) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
        return new PgPassFile(path);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void theFirstMatchingLineGivesThePasswordAndStarsMatchAnything() throws IOException {
        PgPassFile pgpass = file("""
                # the centre's server
                db.centre.local:5432:dialdesk:a1024:first-secret
                *:*:dialdesk:a1024:later-secret
                *:*:*:*:anything
                """);

        assertThat(pgpass.passwordFor("db.centre.local", 5432, "dialdesk", "a1024")).contains("first-secret");
        assertThat(pgpass.passwordFor("10.20.5.10", 6432, "dialdesk", "a1024")).contains("later-secret");
        assertThat(pgpass.passwordFor("10.20.5.10", 6432, "other", "tl01")).contains("anything");
    }

    @Test
    void escapedColonsAndBackslashesBelongToTheFieldAndAnEscapedStarIsAStar() throws IOException {
        PgPassFile pgpass = file("""
                fe80\\:\\:1:5432:dialdesk:a1024:pa\\:ss\\\\word
                db:5432:\\*:a2048:only-for-a-database-called-star
                """);

        assertThat(pgpass.passwordFor("fe80::1", 5432, "dialdesk", "a1024")).contains("pa:ss\\word");
        assertThat(pgpass.passwordFor("db", 5432, "dialdesk", "a2048")).isEmpty();
        assertThat(pgpass.passwordFor("db", 5432, "*", "a2048")).contains("only-for-a-database-called-star");
    }

    @Test
    void noFileOrNoMatchingLineGivesNothing() throws IOException {
        assertThat(new PgPassFile(dir.resolve("missing")).passwordFor("db", 5432, "dialdesk", "a1024")).isEmpty();
        assertThat(file("db:5432:dialdesk:a2048:lees\nbroken line\n").passwordFor("db", 5432, "dialdesk", "a1024"))
                .isEmpty();
    }

    @Test
    void aFileTheGroupOrOthersMayReadIsIgnoredAsLibpqDoes() throws IOException {
        assumeTrue(posix(), "POSIX permissions only");
        PgPassFile pgpass = file("*:*:*:*:shared-secret\n");
        Files.setPosixFilePermissions(pgpass.file(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(pgpass.tooOpen()).isTrue();
        assertThat(pgpass.passwordFor("db", 5432, "dialdesk", "a1024")).isEmpty();

        Files.setPosixFilePermissions(pgpass.file(), PosixFilePermissions.fromString("rw-------"));
        assertThat(pgpass.passwordFor("db", 5432, "dialdesk", "a1024")).contains("shared-secret");
    }
}

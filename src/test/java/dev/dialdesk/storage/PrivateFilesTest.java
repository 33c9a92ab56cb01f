package dev.dialdesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dialdesk.storage.sqlite.SqliteDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customers' data is readable by the agent's own account only (POSIX systems). */
class PrivateFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
    }

    @Test
    void theDatabaseAndItsWalAndShmAreOwnerOnly() throws IOException {
        Path file = dir.resolve("dialdesk.db");
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            database.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO agent(id, name, created_at) VALUES ('A1', 'agent', 0)");
                }
                return null;
            });
            assertThat(permissions(file)).isEqualTo("rw-------");
            assertThat(permissions(dir.resolve("dialdesk.db-wal"))).isEqualTo("rw-------");
            assertThat(permissions(dir.resolve("dialdesk.db-shm"))).isEqualTo("rw-------");
        }
    }

    @Test
    void aDatabaseLeftReadableByOthersIsNarrowedWhenOpened() throws IOException {
        Path file = dir.resolve("old.db");
        SqliteDatabase.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        SqliteDatabase.open(file).close();
        assertThat(permissions(file)).isEqualTo("rw-------");
    }

    @Test
    void aDatabaseWithoutWritePermissionIsRefusedInWordsAndLeftReadOnly() throws IOException {
        Path file = dir.resolve("archived.db");
        SqliteDatabase.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

        assertThatThrownBy(() -> SqliteDatabase.open(file)).isInstanceOf(StorageException.class)
                .satisfies(e -> assertThat(((StorageException) e).userMessage().key()).isEqualTo("error.storage.readOnly"));

        assertThat(permissions(file)).isEqualTo("r--------");
    }

    @Test
    void exportsAndFoldersAreOwnerOnly() throws IOException {
        Path folder = PrivateFiles.createPrivateDirectories(dir.resolve("data/backups"));
        Path export = folder.resolve("export.csv");
        try (OutputStream out = PrivateFiles.newOutputStream(export)) {
            out.write("이름,연락처\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(export)).isEqualTo("rw-------");

        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (OutputStream out = PrivateFiles.newOutputStream(export)) {
            out.write('x');
        }
        assertThat(permissions(export)).isEqualTo("rw-------");
        assertThat(Files.readString(export)).isEqualTo("x");
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

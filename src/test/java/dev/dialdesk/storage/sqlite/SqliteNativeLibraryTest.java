package dev.dialdesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {

    @Test
    void copiesTheLibraryOnceAndReusesIt(@TempDir Path dir) throws Exception {
        Path first = SqliteNativeLibrary.cached(dir).orElseThrow();
        FileTime written = Files.getLastModifiedTime(first);
        Files.setLastModifiedTime(first, FileTime.fromMillis(written.toMillis() - 60_000));

        Path second = SqliteNativeLibrary.cached(dir).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second).toMillis()).isEqualTo(written.toMillis() - 60_000);
        assertThat(first.getParent().getFileName().toString()).startsWith("sqlite-jdbc-");
        try (var files = Files.list(first.getParent())) {
            assertThat(files).containsExactly(first);
        }
    }

    @Test
    void replacesACopyCutShortByACrash(@TempDir Path dir) throws Exception {
        Path library = SqliteNativeLibrary.cached(dir).orElseThrow();
        long size = Files.size(library);
        Files.write(library, new byte[100]);

        assertThat(Files.size(SqliteNativeLibrary.cached(dir).orElseThrow())).isEqualTo(size);
    }
}

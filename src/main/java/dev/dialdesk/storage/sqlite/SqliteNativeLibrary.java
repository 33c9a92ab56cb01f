package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in a folder of the installation instead of letting the driver
 * copy it out of the jar into the temp folder (and read it back to check it) at every start. The copy
 * is made once per driver version and platform, written beside its final name and renamed into place,
 * so a crash never leaves a half-written library; a copy whose size differs from the jar's is replaced.
 * The driver is then told where it is ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}); if
 * it cannot load it, the driver falls back to its own extraction.
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Points the driver at the library cached under {@code cacheDir}, copying it there first when
     * needed. Call before the first connection; does nothing when the properties are already set or the
     * jar has no library for this platform. A failure is logged and the driver extracts as before.
     */
    public static void useCacheIn(Path cacheDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            cached(cacheDir).ifPresent(library -> {
                System.setProperty(PATH_PROPERTY, library.getParent().toString());
                System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep SQLite's native library in {}; the driver extracts it to the temp folder", cacheDir, e);
        }
    }

    /** The cached library for this driver version and platform, copied out of the jar if missing. */
    static Optional<Path> cached(Path cacheDir) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        String platform = LibraryLoaderUtil.getNativeLibResourcePath().replaceAll("[^A-Za-z0-9_.-]+", "-");
        Path dir = cacheDir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + platform);
        Path library = dir.resolve(name);
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        if (Files.isRegularFile(library) && size >= 0 && Files.size(library) == size) {
            return Optional.of(library);
        }
        PrivateFiles.createPrivateDirectories(dir);
        Path part = Files.createTempFile(dir, name, ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(part, library);
        } finally {
            Files.deleteIfExists(part);
        }
        LOG.info("Copied SQLite's native library to {}", library);
        return Optional.of(library);
    }

    private static void moveIntoPlace(Path part, Path library) throws IOException {
        try {
            Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, library, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

package dev.dialdesk.io.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes export files readable by their owner only (POSIX 600 where the file system has POSIX
 * permissions): they hold customers' numbers and agents' figures. The file is written next to its
 * target and moved into place, so a failed export leaves no half file.
 */
public final class OwnerOnlyFiles {

    /** Writes the content to the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = createTemp(dir, target.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + attempt + ".tmp");
            try {
                return posix
                        ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }
}

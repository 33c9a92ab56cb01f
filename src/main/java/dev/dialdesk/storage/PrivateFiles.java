package dev.dialdesk.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold customers' personal data (the database, its WAL and SHM, backups, exports) are
 * created readable by their owner only: POSIX {@code rw-------} for files and {@code rwx------} for
 * folders where the file system supports POSIX permissions. On Windows the data folder lies in the
 * user's own profile ({@code %APPDATA%}), whose ACL already keeps other users out.
 *
 * <p>The one owner-only file writer. Exports, reports and the settings file: write through
 * {@link #writeAtomically(Path, Content)} (a private temporary file beside the target, moved into
 * place, so a failed write leaves the old file as it was); streams that must stay open:
 * {@link #newOutputStream(Path)}. Never with a plain {@code Files.newOutputStream}.
 */
public final class PrivateFiles {

    /** Writes a file's content to the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Creates a new empty file readable by the owner only; fails if it exists. */
    public static Path createOwnerOnly(Path file) throws IOException {
        if (isPosix(parentOf(file))) {
            Files.createFile(file, attribute(FILE));
        } else {
            Files.createFile(file);
        }
        return file;
    }

    /** Creates the file owner-only if it does not exist yet, or narrows the permissions of an existing one. */
    public static Path ensureOwnerOnly(Path file) throws IOException {
        try {
            return createOwnerOnly(file);
        } catch (FileAlreadyExistsException e) {
            restrictToOwner(file);
            return file;
        }
    }

    /**
     * Opens {@code file} for writing (created owner-only, or truncated and narrowed to owner-only when
     * it exists). For exports.
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        ensureOwnerOnly(file);
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Writes {@code target} owner-only through its own temporary file in the same folder and an atomic
     * move: concurrent writers never share a temporary file, and a failed write leaves no half file.
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path dir = parentOf(target);
        Files.createDirectories(dir);
        Path temp = isPosix(dir)
                ? Files.createTempFile(dir, "." + target.getFileName(), ".tmp", attribute(FILE))
                : Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates {@code dir} and any missing parents; {@code dir} itself is narrowed to the owner. */
    public static Path createPrivateDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrictToOwner(dir);
        return dir;
    }

    /**
     * Narrows an existing file or folder to its owner: the group's and others' permissions are taken
     * away, the owner's are left as they are (a read-only file stays read-only). A no-op where POSIX
     * permissions do not exist.
     */
    public static void restrictToOwner(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> current = view.readAttributes().permissions();
        Set<PosixFilePermission> narrowed = java.util.EnumSet.noneOf(PosixFilePermission.class);
        narrowed.addAll(current);
        narrowed.retainAll(DIRECTORY);
        if (!narrowed.equals(current)) {
            view.setPermissions(narrowed);
        }
    }

    /** Narrows {@code path} when it exists; missing files are fine (e.g. a WAL not yet created). */
    public static void restrictIfExists(Path path) throws IOException {
        if (Files.exists(path)) {
            restrictToOwner(path);
        }
    }

    private static boolean isPosix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static Path parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : file.toAbsolutePath();
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.PrivateFiles;
import dev.dialdesk.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database file and the files SQLite keeps beside it. Makes the database file owner-only before
 * SQLite opens it, and refuses one this account may not write to (it is never made writable: a
 * read-only file is someone's decision, e.g. an archived copy). SQLite gives the WAL and SHM files the
 * permissions of the database file, so creating the (empty) database file owner-only is enough for
 * all three; files left readable by an older version are narrowed.
 */
final class DatabaseFiles {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFiles.class);

    private DatabaseFiles() {
    }

    static void prepare(Path database) throws IOException {
        if (!Files.exists(database)) {
            PrivateFiles.createOwnerOnly(database);
            return;
        }
        if (isReadOnly(database)) {
            throw new StorageException(new Message("error.storage.readOnly", database.toString()),
                    "The database file " + database.getFileName() + " is read-only for this account", null);
        }
        for (Path file : companions(database)) {
            try {
                PrivateFiles.restrictIfExists(file);
            } catch (IOException e) {
                // Someone else's file (e.g. a shared team database): usable, but say so once.
                LOG.warn("Cannot make {} readable by its owner only: {}", file.getFileName(), e.toString());
            }
        }
    }

    /** Read-only by its mode (even for an administrator, who may write anything) or for this account. */
    private static boolean isReadOnly(Path database) throws IOException {
        if (Files.getFileAttributeView(database, PosixFileAttributeView.class) != null
                && !Files.getPosixFilePermissions(database).contains(PosixFilePermission.OWNER_WRITE)) {
            return true;
        }
        return !Files.isWritable(database);
    }

    /** The database and the files SQLite keeps beside it. */
    static Path[] companions(Path database) {
        String name = database.getFileName().toString();
        return new Path[] {database, database.resolveSibling(name + "-wal"), database.resolveSibling(name + "-shm"),
            database.resolveSibling(name + "-journal")};
    }
}

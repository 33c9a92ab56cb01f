package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the database file owner-only before SQLite opens it. SQLite gives the WAL and SHM files the
 * permissions of the database file, so creating the (empty) database file owner-only is enough for
 * all three; files left readable by an older version are narrowed.
 */
final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);

    private OwnerOnlyFiles() {
    }

    static void prepare(Path database) throws IOException {
        if (!Files.exists(database)) {
            PrivateFiles.createOwnerOnly(database);
            return;
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

    /** The database and the files SQLite keeps beside it. */
    static Path[] companions(Path database) {
        String name = database.getFileName().toString();
        return new Path[] {database, database.resolveSibling(name + "-wal"), database.resolveSibling(name + "-shm"),
            database.resolveSibling(name + "-journal")};
    }
}

package dev.dialdesk.storage;

import java.nio.file.Path;

/**
 * Copies of the database file: taking one while Dialdesk runs, checking a file before it is restored,
 * and putting a checked file in the database's place. Every method throws {@link StorageException}
 * with a message for the agent when it cannot do what it says.
 */
public interface DatabaseBackups {

    /** Whether there is a database with data to back up. */
    boolean databaseExists();

    /**
     * Copies the database into {@code target} (which must not exist) with SQLite's online backup, so
     * the copy is consistent even while Dialdesk writes, then checks it with {@code PRAGMA quick_check}.
     * A copy that fails the check is deleted. The copy is readable by its owner only.
     */
    void backupTo(Path target);

    /**
     * Checks {@code candidate} without changing it: an SQLite file, {@code PRAGMA integrity_check} ok,
     * a Dialdesk schema not newer than this build's.
     *
     * @return the candidate's schema version
     */
    int verify(Path candidate);

    /**
     * Puts a copy of {@code candidate} in the database's place in one atomic rename, after copying the
     * current database to {@code safetyCopy}. The caller holds the database lock and has no connection
     * open; the candidate is verified again first.
     */
    void replaceWith(Path candidate, Path safetyCopy);
}

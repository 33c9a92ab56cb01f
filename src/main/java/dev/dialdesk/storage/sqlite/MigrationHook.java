package dev.dialdesk.storage.sqlite;

/** Called once before migrations change a database that already holds data (e.g. to back it up). */
@FunctionalInterface
public interface MigrationHook {

    MigrationHook NONE = (file, fromVersion, toVersion) -> { };

    void beforeMigration(String file, int fromVersion, int toVersion);
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.DoNotCallStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The DoNotCallStore contract on a real SQLite file. */
class SqliteDoNotCallStoreTest extends DoNotCallStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

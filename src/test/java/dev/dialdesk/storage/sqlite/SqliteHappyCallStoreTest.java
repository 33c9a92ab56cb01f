package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.HappyCallStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The HappyCallStoreContract on a real SQLite file. */
class SqliteHappyCallStoreTest extends HappyCallStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

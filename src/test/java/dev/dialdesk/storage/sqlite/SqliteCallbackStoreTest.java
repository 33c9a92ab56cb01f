package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.CallbackStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The CallbackStore contract on a real SQLite file. */
class SqliteCallbackStoreTest extends CallbackStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

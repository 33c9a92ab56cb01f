package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.DispositionStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The DispositionStore contract on a real SQLite file. */
class SqliteDispositionStoreTest extends DispositionStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

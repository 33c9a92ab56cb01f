package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.QueueStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The QueueStore contract on a real SQLite file. */
class SqliteQueueStoreTest extends QueueStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.CustomerTimelineStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The CustomerTimelineStore contract on a real SQLite file. */
class SqliteCustomerTimelineStoreTest extends CustomerTimelineStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.MissedCallStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The MissedCallStoreContract on a real SQLite file. */
class SqliteMissedCallStoreTest extends MissedCallStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

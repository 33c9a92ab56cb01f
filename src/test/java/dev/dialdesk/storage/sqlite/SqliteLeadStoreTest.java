package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.LeadStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The LeadStore contract on a real SQLite file. */
class SqliteLeadStoreTest extends LeadStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

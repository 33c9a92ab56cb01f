package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.ContactStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The ContactStoreContract on a real SQLite file. */
class SqliteContactStoreTest extends ContactStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

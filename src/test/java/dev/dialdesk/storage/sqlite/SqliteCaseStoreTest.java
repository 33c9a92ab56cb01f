package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.CaseStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The CaseStoreContract on a real SQLite file. */
class SqliteCaseStoreTest extends CaseStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

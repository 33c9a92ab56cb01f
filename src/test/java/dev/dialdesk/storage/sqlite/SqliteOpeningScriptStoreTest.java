package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.OpeningScriptStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The OpeningScriptStoreContract on a real SQLite file. */
class SqliteOpeningScriptStoreTest extends OpeningScriptStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.StaleEditsContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** Stale edits in words on a desk's own SQLite file (the other desk: a second connection to the file). */
class SqliteStaleEditsTest extends StaleEditsContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.FloorStatsStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The FloorStatsStoreContract on a real SQLite file. */
class SqliteFloorStatsStoreTest extends FloorStatsStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

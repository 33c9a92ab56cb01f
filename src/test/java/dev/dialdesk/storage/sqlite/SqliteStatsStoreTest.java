package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.StatsStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The StatsStore contract on a real SQLite file. */
class SqliteStatsStoreTest extends StatsStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

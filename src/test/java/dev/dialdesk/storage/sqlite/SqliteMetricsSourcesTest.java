package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.MetricsSourcesContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The MetricsSources contract on a real SQLite file. */
class SqliteMetricsSourcesTest extends MetricsSourcesContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.DayReportSectionsContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The DayReportSections contract on a real SQLite file. */
class SqliteDayReportSectionsTest extends DayReportSectionsContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

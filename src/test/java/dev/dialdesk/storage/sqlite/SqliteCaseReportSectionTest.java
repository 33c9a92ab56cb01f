package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.CaseReportSectionContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The CaseReportSectionContract on a real SQLite file. */
class SqliteCaseReportSectionTest extends CaseReportSectionContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

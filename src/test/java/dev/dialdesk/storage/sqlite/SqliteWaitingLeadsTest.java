package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.WaitingLeadsContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The WaitingLeads contract on a real SQLite file. */
class SqliteWaitingLeadsTest extends WaitingLeadsContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

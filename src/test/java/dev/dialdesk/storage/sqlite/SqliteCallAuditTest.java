package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.CallAuditContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The CallAudit contract on a real SQLite file. */
class SqliteCallAuditTest extends CallAuditContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

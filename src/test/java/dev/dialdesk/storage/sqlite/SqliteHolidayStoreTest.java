package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.HolidayStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The HolidayStore contract on a real SQLite file. */
class SqliteHolidayStoreTest extends HolidayStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

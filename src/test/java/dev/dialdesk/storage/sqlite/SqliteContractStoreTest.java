package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.contract.ContractStoreContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;

/** The ContractStore contract on a real SQLite file. */
class SqliteContractStoreTest extends ContractStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }
}

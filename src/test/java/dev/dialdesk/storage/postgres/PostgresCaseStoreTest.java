package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.contract.CaseStoreContract;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The CaseStoreContract on a real PostgreSQL server: the agent's own login, the team lead's for the centre's rows. */
@ExtendWith(RequiresPostgres.class)
class PostgresCaseStoreTest extends CaseStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }
}

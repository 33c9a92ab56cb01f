package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.contract.WaitingLeadsContract;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The WaitingLeads contract on a real PostgreSQL server, as the agent's own login (another agent's leads unseen). */
@ExtendWith(RequiresPostgres.class)
class PostgresWaitingLeadsTest extends WaitingLeadsContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }
}

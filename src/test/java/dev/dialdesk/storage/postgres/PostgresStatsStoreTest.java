package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.contract.StatsStoreContract;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The StatsStore contract on a real PostgreSQL server, as the agent's own login. */
@ExtendWith(RequiresPostgres.class)
class PostgresStatsStoreTest extends StatsStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }
}

package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.contract.ContactStoreContract;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ContactStoreContract on a real PostgreSQL server: the agent's own login, the team lead's for the centre's rows. */
@ExtendWith(RequiresPostgres.class)
class PostgresContactStoreTest extends ContactStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }
}

package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.contract.DayReportSectionsContract;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DayReportSections contract on a real PostgreSQL server, as the agent's own login. */
@ExtendWith(RequiresPostgres.class)
class PostgresDayReportSectionsTest extends DayReportSectionsContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }
}

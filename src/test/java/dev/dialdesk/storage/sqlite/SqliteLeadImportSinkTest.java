package dev.dialdesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.storage.contract.LeadImportSinkContract;
import dev.dialdesk.testing.SqliteStoreEngine;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The LeadImportSink contract on a real SQLite file: a desk's own import. */
class SqliteLeadImportSinkTest extends LeadImportSinkContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new SqliteStoreEngine(dir);
    }

    @Test
    void aDesksOwnFileHandsNoLeadsToOtherAgentsOrAPool() {
        assertThat(sink.handsOutToAgents()).isFalse();
    }
}

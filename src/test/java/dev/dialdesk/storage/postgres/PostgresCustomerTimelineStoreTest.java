package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.contract.CustomerTimelineStoreContract;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The CustomerTimelineStore contract on a real PostgreSQL server, as the agent's own login. */
@ExtendWith(RequiresPostgres.class)
class PostgresCustomerTimelineStoreTest extends CustomerTimelineStoreContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }

    @Test
    void anotherAgentsCustomerHasNoTimelineOnThisDeskNotEvenTheirNotesChanges() {
        long theirs = engine.lead(StoreEngine.OTHER, PhoneNumber.parse("010-2718-2818", "KR").number());
        engine.sqlPastRules("UPDATE lead SET notes = '다른 상담원 메모', updated_at = " + ms("2026-03-09T10:00") + " WHERE id = " + theirs);

        assertThat(engine.queryLong("SELECT count(*) FROM lead_notes_change WHERE lead_id = " + theirs)).isEqualTo(1);
        assertThat(engine.customerTimeline().eventsOf(theirs)).isEmpty();
    }
}

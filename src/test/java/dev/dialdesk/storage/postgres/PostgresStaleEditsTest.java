package dev.dialdesk.storage.postgres;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static dev.dialdesk.testing.StoreEngine.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.jdbc.JdbcCallbackStore;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.storage.contract.StaleEditsContract;
import dev.dialdesk.testing.PostgresStoreEngine;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.StoreEngine;
import dev.dialdesk.testing.TeamFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stale edits in words on the team server, plus what only a server has: another login's change is
 * named by that login's agent (updated_by, written by the server, PostgreSQL 012), and a lead the team
 * lead reassigned while its notes were open is refused saying when and by whom.
 */
@ExtendWith(RequiresPostgres.class)
class PostgresStaleEditsTest extends StaleEditsContract {

    @Override
    protected StoreEngine openEngine(Path dir) {
        return new PostgresStoreEngine();
    }

    @Test
    void aCallbackTheTeamLeadCancelledIsRefusedNamingTheTeamLead() {
        Callback seen = book(new JdbcCallbackStore(engine.desk()));
        engine.clock().advance(Duration.ofMinutes(2));
        CallbackStore lead = new JdbcCallbackStore(engine.teamLead());
        lead.update(lead.find(seen.id()).orElseThrow().cancelled("고객 요청", engine.clock().instant()));

        ConflictException refused = snoozeStale(seen);

        assertThat(english.get(refused.userMessage())).startsWith("This callback was cancelled at 10:02 by agent "
                + TeamFixture.LEAD.value() + ".");
        assertThat(engine.queryOne("SELECT updated_by FROM callback WHERE id = " + seen.id()))
                .isEqualTo(TeamFixture.LEAD.value());
    }

    @Test
    void notesOfALeadTheTeamLeadReassignedMeanwhileAreRefusedSayingWhenAndByWhom() {
        engine.clock().advance(Duration.ofMinutes(3));
        new TeamAdmin((PostgresDatabase) engine.teamLead(), engine.clock()).reassign(AGENT, OTHER, 0);
        LeadDirectory mine = new LeadDirectory(new JdbcLeadStore(engine.desk(), engine.clock()),
                () -> engine.clock().getZone(), engine.clock());

        ConflictException refused = catchThrowableOfType(() -> mine.saveNotes(lead, "", "오후 3시 재통화"),
                ConflictException.class);

        assertThat(english.get(refused.userMessage())).startsWith("This lead was reassigned at 10:03 by "
                + TeamFixture.LEAD.value() + " and is no longer on your list.");
        assertThat(korean.get(refused.userMessage())).contains("10:03에 " + TeamFixture.LEAD.value());
        assertThat(engine.queryOne("SELECT coalesce(notes, '-') FROM lead WHERE id = " + lead)).isEqualTo("-");
    }

    @Test
    void aClaimDoesNotMakeTheClaimingDeskTheLastEditor() {
        engine.sqlPastRules("UPDATE lead SET agent_id = NULL WHERE id = " + lead);
        engine.desk().write(c -> c.createStatement().executeQuery("SELECT * FROM dialdesk_claim_next(60000)").next());

        assertThat(engine.queryOne("SELECT coalesce(updated_by, '-') FROM lead WHERE id = " + lead)).isEqualTo("-");
    }
}

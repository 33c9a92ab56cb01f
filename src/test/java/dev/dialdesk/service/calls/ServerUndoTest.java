package dev.dialdesk.service.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Undo of the last outcome (Ctrl+Z) on the team server, as the agent's own login: the call is taken
 * back as on a desk's file, but a number the outcome put on the centre's do-not-call list stays there
 * (only the team lead takes one off) and the undo says so.
 */
@ExtendWith(RequiresPostgres.class)
class ServerUndoTest {

    private TeamFixture team;
    private CallLoopServices desk;

    @BeforeEach
    void centre() {
        team = new TeamFixture();
        desk = team.callLoop(TeamFixture.KIM);
    }

    @AfterEach
    void close() {
        team.close();
    }

    private long recorded(String disposition) {
        long lead = team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
        CallSession kim = desk.session(TeamFixture.KIM);
        assertThat(kim.next().orElseThrow().leadId()).isEqualTo(lead);
        kim.dial();
        team.clock.advance(java.time.Duration.ofSeconds(40));
        kim.record(disposition, "");
        return lead;
    }

    @Test
    void anAgentTakesBackTheirOwnLastOutcomeOnTheServer() {
        long lead = recorded("NO_ANSWER");

        desk.callService().undoLast(TeamFixture.KIM);

        assertThat(team.queryOne("SELECT count(*) FROM call_attempt WHERE lead_id = " + lead)).isEqualTo("0");
        assertThat(team.queryOne("SELECT status || '/' || attempt_count FROM lead WHERE id = " + lead))
                .isEqualTo("NEW/0");
        assertThat(team.queryOne("SELECT count(*) FROM call_audit WHERE event = 'OUTCOME_UNDONE' AND lead_id = " + lead))
                .isEqualTo("1");
    }

    @Test
    void anOutcomeWhoseLeadAnotherLoginChangedIsNotUndoneAndTheRefusalSaysWhenAndByWhom() {
        long lead = recorded("THINKING");
        team.clock.advance(java.time.Duration.ofMinutes(2));
        team.sql("UPDATE lead SET status = 'CALLBACK', updated_at = " + team.clock.millis()
                + ", version = version + 1 WHERE id = " + lead); // the team lead's console, say
        String by = team.queryOne("SELECT updated_by FROM lead WHERE id = " + lead);

        assertThatThrownBy(() -> desk.callService().undoLast(TeamFixture.KIM)).isInstanceOfSatisfying(
                ConflictException.class, refused -> assertThat(Messages.forLocale(Locale.ENGLISH).get(refused.userMessage()))
                        .matches("Not undone: the customer was changed at \\d\\d:\\d\\d by agent " + by + " \\(.*"));

        assertThat(by).isNotBlank();
        assertThat(team.queryOne("SELECT count(*) FROM call_attempt WHERE lead_id = " + lead)).isEqualTo("1");
        assertThat(team.queryOne("SELECT status FROM lead WHERE id = " + lead)).isEqualTo("CALLBACK");
    }

    @Test
    void aDoNotCallOutcomeIsNotUndoneOnTheServerAndTheNumberStaysListed() {
        long lead = recorded("DO_NOT_CALL");
        AgentId kim = TeamFixture.KIM;

        assertThatThrownBy(() -> desk.callService().undoLast(kim)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(Messages.forLocale(Locale.ENGLISH).get(refused.userMessage()))
                        .contains("only by the team lead"));

        assertThat(team.queryOne("SELECT count(*) FROM do_not_call d JOIN lead l ON l.phone = d.number WHERE l.id = "
                + lead)).isEqualTo("1");
        assertThat(team.queryOne("SELECT count(*) FROM call_attempt WHERE lead_id = " + lead)).isEqualTo("1");
        assertThat(team.queryOne("SELECT status FROM lead WHERE id = " + lead)).isEqualTo("DO_NOT_CALL");
    }

    @Test
    void aRefusalWithAProductStopIsNotUndoneOnTheServerAndTheStopStays() {
        long lead = team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
        team.sql("UPDATE lead SET product = '암보험' WHERE id = " + lead);
        CallSession kim = desk.session(TeamFixture.KIM);
        QueuedLead shown = kim.next().orElseThrow();
        kim.dial();
        team.clock.advance(java.time.Duration.ofSeconds(40));
        kim.record("REFUSED", "");
        desk.doNotCall().stopForProduct(shown.lead().phone(), shown.lead().product(), TeamFixture.KIM);

        assertThatThrownBy(() -> desk.callService().undoLast(TeamFixture.KIM)).isInstanceOfSatisfying(
                ConflictException.class, refused -> assertThat(Messages.forLocale(Locale.ENGLISH)
                        .get(refused.userMessage())).contains("only by the team lead"));

        assertThat(team.queryOne("SELECT count(*) FROM do_not_call d JOIN lead l ON l.phone = d.number "
                + "WHERE d.product = '암보험' AND l.id = " + lead)).isEqualTo("1");
        assertThat(team.queryOne("SELECT count(*) FROM call_attempt WHERE lead_id = " + lead)).isEqualTo("1");
        assertThat(team.queryOne("SELECT status FROM lead WHERE id = " + lead)).isEqualTo("DO_NOT_CALL");
    }
}

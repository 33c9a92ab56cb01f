package dev.dialdesk.service.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work queue on the team server: each desk claims its next lead, so no customer is on two screens;
 * the claim is released by an outcome, a skip or closing, and a lease that ran out returns the lead.
 * Two desks (Kim's and Lee's) in one JVM, each on its own login, over the real call-loop services.
 */
@ExtendWith(RequiresPostgres.class)
class ClaimedQueueTest {

    private TeamFixture team;

    @BeforeEach
    void centre() {
        team = new TeamFixture();
    }

    @AfterEach
    void close() {
        team.close();
    }

    private CallSession session(AgentId agent) {
        return team.callLoop(agent).session(agent);
    }

    private String holder(long leadId) {
        return team.queryOne("SELECT coalesce(claimed_by, '-') FROM lead WHERE id = " + leadId);
    }

    @Test
    void twoDesksWorkingOnePoolNeverShowTheSameLead() {
        long pool = team.batch(null);
        List<Long> leads = List.of(team.lead(pool, null), team.lead(pool, null), team.lead(pool, null));
        CallSession kim = session(TeamFixture.KIM);
        CallSession lee = session(TeamFixture.LEE);

        long kims = kim.next().orElseThrow().leadId();
        long lees = lee.next().orElseThrow().leadId();

        assertThat(kims).isNotEqualTo(lees);
        assertThat(List.of(kims, lees)).allMatch(leads::contains);
        assertThat(holder(kims)).isEqualTo(TeamFixture.KIM.value());
        assertThat(holder(lees)).isEqualTo(TeamFixture.LEE.value());
        assertThat(kim.current().orElseThrow().lead().agentId()).as("a pool lead reads as the holder's")
                .isEqualTo(TeamFixture.KIM);
    }

    @Test
    void anOutcomeRecordsTheCallAndGivesTheLeadBack() {
        long own = team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
        CallSession kim = session(TeamFixture.KIM);

        assertThat(kim.next().orElseThrow().leadId()).isEqualTo(own);
        kim.dial();
        kim.record("NO_ANSWER", "");

        assertThat(holder(own)).isEqualTo("-");
        assertThat(team.queryOne("SELECT status || '/' || attempt_count FROM lead WHERE id = " + own))
                .isEqualTo("NO_ANSWER/1");
        assertThat(team.queryOne("SELECT agent_id FROM call_attempt WHERE lead_id = " + own))
                .isEqualTo(TeamFixture.KIM.value());
    }

    @Test
    void aSkippedLeadGoesBackOnceTheNextIsOnScreenAndAnotherDeskGetsIt() {
        long pool = team.batch(null);
        long first = team.lead(pool, null);
        long second = team.lead(pool, null);
        CallSession kim = session(TeamFixture.KIM);
        CallSession lee = session(TeamFixture.LEE);

        assertThat(kim.next().orElseThrow().leadId()).isEqualTo(first);
        assertThat(kim.next().orElseThrow().leadId()).as("the skip moves on").isEqualTo(second);
        assertThat(holder(first)).isEqualTo("-");

        assertThat(lee.next().orElseThrow().leadId()).isEqualTo(first);
    }

    @Test
    void aClaimedLeadOutsideItsCallingHoursIsGivenBackAndTheNextOneShown() {
        long batch = team.batch(TeamFixture.KIM);
        long asleep = team.lead(batch, TeamFixture.KIM);
        long awake = team.lead(batch, TeamFixture.KIM);
        team.sql("UPDATE lead SET time_zone = 'America/Los_Angeles' WHERE id = " + asleep);
        team.clock.set("2026-03-10T20:30"); // 03:30 in Los Angeles, 20:30 in Seoul: only Seoul may be called
        CallSession kim = session(TeamFixture.KIM);

        assertThat(kim.next().orElseThrow().leadId()).isEqualTo(awake);
        assertThat(holder(asleep)).as("not kept while it may not be called").isEqualTo("-");
    }

    @Test
    void aLeaseThatRanOutReturnsTheLeadAndTheFormerHolderLetsGo() throws InterruptedException {
        long pool = team.batch(null);
        long lead = team.lead(pool, null);
        CallLoopServices kimsDesk = team.callLoop(TeamFixture.KIM, Duration.ofSeconds(1));
        CallSession kim = kimsDesk.session(TeamFixture.KIM);
        CallSession lee = session(TeamFixture.LEE);

        assertThat(kim.next().orElseThrow().leadId()).isEqualTo(lead);
        assertThat(lee.next()).as("held by Kim").isEmpty();
        Thread.sleep(1_300); // Kim's desk went quiet: no renewal

        assertThat(lee.next().orElseThrow().leadId()).isEqualTo(lead);
        assertThat(holder(lead)).isEqualTo(TeamFixture.LEE.value());
    }

    @Test
    void closingTheWindowGivesEveryLeadBack() {
        long pool = team.batch(null);
        long lead = team.lead(pool, null);
        CallLoopServices kimsDesk = team.callLoop(TeamFixture.KIM);
        kimsDesk.session(TeamFixture.KIM).next().orElseThrow();
        assertThat(holder(lead)).isEqualTo(TeamFixture.KIM.value());

        kimsDesk.releaseLeads();

        assertThat(holder(lead)).isEqualTo("-");
    }

    @Test
    void aDoNotCallTakenOnDeskARefusesDeskBsDialOfThatNumber() {
        long lees = team.lead(team.batch(TeamFixture.LEE), TeamFixture.LEE);
        CallSession lee = session(TeamFixture.LEE);
        CallLoopServices kimsDesk = team.callLoop(TeamFixture.KIM);
        assertThat(lee.next().orElseThrow().leadId()).isEqualTo(lees);

        kimsDesk.doNotCallStore().add(team.phoneOf(lees), "manual", TeamFixture.KIM); // the customer rang Kim

        assertThatThrownBy(lee::dial).isInstanceOfSatisfying(DialBlockedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(DialBlockedException.Reason.DO_NOT_CALL));
    }

    @Test
    void whenTheServerCannotBeAskedTheDialIsRefusedSayingWhy() {
        long lees = team.lead(team.batch(TeamFixture.LEE), TeamFixture.LEE);
        CallSession lee = session(TeamFixture.LEE);
        assertThat(lee.next().orElseThrow().leadId()).isEqualTo(lees);

        // The server stops answering this desk: its login is refused and its connections are cut.
        team.sql("ALTER ROLE a2048 NOLOGIN");
        team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'a2048'");

        assertThatThrownBy(lee::dial).isInstanceOfSatisfying(DialBlockedException.class, refused -> {
            assertThat(refused.reason()).isEqualTo(DialBlockedException.Reason.DO_NOT_CALL_UNCHECKED);
            assertThat(refused.userMessage().key()).isEqualTo("calls.blocked.doNotCallUnchecked");
        });
        assertThat(lee.phase()).as("no call started").isEqualTo(CallSession.Phase.LEAD_SHOWN);
    }

    @Test
    void aCallbackOnAPoolLeadMakesItTheBookingAgentsOwnSoTheBookingIsAllowed() {
        long pool = team.batch(null);
        long lead = team.lead(pool, null);
        long other = team.lead(pool, null);
        CallSession kim = session(TeamFixture.KIM);

        assertThat(kim.next().orElseThrow().leadId()).isEqualTo(lead);
        kim.dial();
        kim.record("CALLBACK", "");
        assertThat(kim.next().orElseThrow().leadId()).as("the next pool lead").isEqualTo(other);

        assertThat(team.queryOne("SELECT agent_id || '/' || coalesce(claimed_by, '-') FROM lead WHERE id = " + lead))
                .isEqualTo(TeamFixture.KIM.value() + "/-");
        java.time.ZonedDateTime due = team.clock.instant().plusSeconds(3600).atZone(team.clock.getZone());
        new dev.dialdesk.storage.jdbc.JdbcCallbackStore(team.desk(TeamFixture.KIM)).insert(
                dev.dialdesk.domain.callbacks.Callback.book(new dev.dialdesk.domain.callbacks.BookingRequest(lead,
                        TeamFixture.KIM, due, due.plusMinutes(30), "", true,
                        dev.dialdesk.domain.callbacks.CallbackKind.NORMAL, null), team.clock.instant()), List.of());
        assertThat(team.queryOne("SELECT count(*) FROM callback WHERE lead_id = " + lead)).isEqualTo("1");
        assertThat(team.queryOne("SELECT coalesce(agent_id, 'pool') FROM lead WHERE id = " + other))
                .as("a lead skipped or called without a follow-up stays in the pool").isEqualTo("pool");
    }
}

package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import static dev.dialdesk.testing.TeamFixture.KIM;
import static dev.dialdesk.testing.TeamFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.LeadClaims;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lead claims on a real server: SKIP LOCKED hands each lead to one desk, leases expire, do-not-call wins. */
@ExtendWith(RequiresPostgres.class)
class LeadClaimsTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private TeamFixture team;

    @BeforeEach
    void centre() {
        team = new TeamFixture();
    }

    @AfterEach
    void close() {
        team.close();
    }

    private LeadClaims claims(AgentId agent) {
        return new PostgresLeadClaims(team.desk(agent));
    }

    @Test
    void twentyDesksClaimingFromOnePoolHandOutEachLeadOnce() throws Exception {
        long pool = team.batch(null);
        Set<Long> leads = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            leads.add(team.lead(pool, null));
        }
        List<LeadClaims> desks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            AgentId agent = new AgentId("A30" + String.format("%02d", i));
            team.addAgent(agent, "상담원" + i, false);
            desks.add(claims(agent));
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (LeadClaims desk : desks) {
                results.add(threads.submit(() -> {
                    start.await();
                    int mine = 0;
                    for (Optional<LeadClaims.Claim> claim = desk.claimNext(LEASE); claim.isPresent();
                         claim = desk.claimNext(LEASE)) {
                        claimed.add(claim.get().leadId());
                        mine++;
                    }
                    return mine;
                }));
            }
            start.countDown();
            int busyDesks = 0;
            for (Future<Integer> result : results) {
                if (result.get(120, TimeUnit.SECONDS) > 0) {
                    busyDesks++;
                }
            }
            assertThat(busyDesks).as("desks that got at least one lead").isGreaterThan(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(claimed).hasSize(300).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isEqualTo(leads);
        assertThat(team.queryOne("SELECT count(DISTINCT claimed_by) || '/' || count(*) FILTER (WHERE claimed_by IS NULL) "
                + "FROM lead")).endsWith("/0");
    }

    @Test
    void ownDueRetriesComeFirstThenOwnNewLeadsThenThePool() {
        long own = team.batch(KIM);
        long pool = team.batch(null);
        long poolLead = team.lead(pool, null);
        long newLead = team.lead(own, KIM);
        long retryLead = team.lead(own, KIM);
        long notYetDue = team.lead(own, KIM);
        team.lead(team.batch(LEE), LEE);
        team.sql("UPDATE lead SET status = 'NO_ANSWER', next_eligible_at = 1 WHERE id = " + retryLead);
        team.sql("UPDATE lead SET status = 'NO_ANSWER', next_eligible_at = 99999999999999 WHERE id = " + notYetDue);

        LeadClaims kim = claims(KIM);
        assertThat(kim.claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(retryLead);
        assertThat(kim.claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(newLead);
        assertThat(kim.claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(poolLead);
        assertThat(kim.claimNext(LEASE)).as("Lee's lead and the retry not yet due stay out").isEmpty();
    }

    @Test
    void aClaimedPoolLeadReachesAnotherDeskOnlyAfterItIsReleased() {
        long lead = team.lead(team.batch(null), null);
        LeadClaims kim = claims(KIM);
        LeadClaims lee = claims(LEE);

        assertThat(kim.claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(lead);
        assertThat(lee.claimNext(LEASE)).isEmpty();
        assertThat(lee.release(lead)).as("Lee holds nothing to release").isFalse();

        assertThat(kim.release(lead)).isTrue();
        assertThat(lee.claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(lead);
    }

    @Test
    void aLeaseThatRanOutReturnsTheLeadAndTheFormerHolderCannotRenewIt() {
        long lead = team.lead(team.batch(null), null);
        LeadClaims kim = claims(KIM);
        LeadClaims lee = claims(LEE);
        LeadClaims.Claim first = kim.claimNext(LEASE).orElseThrow();
        assertThat(kim.renew(lead, LEASE)).hasValueSatisfying(until -> assertThat(until).isAfterOrEqualTo(first.until()));

        team.sql("UPDATE lead SET claim_until = 1 WHERE id = " + lead);
        assertThat(lee.claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(lead);

        assertThat(kim.renew(lead, LEASE)).isEmpty();
        assertThat(kim.release(lead)).isFalse();
        assertThat(team.queryOne("SELECT claimed_by FROM lead WHERE id = " + lead)).isEqualTo("A2048");
    }

    @Test
    void aLeadWhoseLeaseRanOutIsOfferedBeforeFreshOnes() {
        long pool = team.batch(null);
        long first = team.lead(pool, null);
        long second = team.lead(pool, null);
        claims(KIM).claimNext(LEASE);
        team.sql("UPDATE lead SET claim_until = 1 WHERE id = " + first);

        assertThat(claims(LEE).claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(first);
        assertThat(claims(KIM).claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(second);
    }

    @Test
    void aDoNotCallNumberTakenOnDeskARefusesDeskBsNextClaimOfIt() {
        long poolLead = team.lead(team.batch(null), null);
        long leesOwn = team.lead(team.batch(LEE), LEE);
        JdbcDoNotCallStore kimsList = new JdbcDoNotCallStore(team.desk(KIM), team.clock);

        kimsList.add(team.phoneOf(poolLead), "disposition", KIM);
        kimsList.add(team.phoneOf(leesOwn), "manual", KIM);

        assertThat(claims(LEE).claimNext(LEASE)).isEmpty();
    }

    @Test
    void aStopRequestForAnotherProductLeavesTheLeadClaimableAndOneForItsOwnProductDoesNot() {
        long cancerLead = team.lead(team.batch(null), null);
        long lifeLead = team.lead(team.batch(null), null);
        team.sql("UPDATE lead SET product = 'CANCER_CARE' WHERE id = " + cancerLead);
        team.sql("UPDATE lead SET product = 'WHOLE_LIFE' WHERE id = " + lifeLead);
        JdbcDoNotCallStore kimsList = new JdbcDoNotCallStore(team.desk(KIM), team.clock);
        kimsList.addForProduct(team.phoneOf(cancerLead), "CANCER_CARE", "disposition", KIM);
        kimsList.addForProduct(team.phoneOf(lifeLead), "CANCER_CARE", "disposition", KIM);

        assertThat(claims(LEE).claimNext(LEASE)).map(LeadClaims.Claim::leadId).contains(lifeLead);
        assertThat(claims(LEE).claimNext(LEASE)).as("the cancer lead is stopped for its product").isEmpty();
    }

    @Test
    void aLoginThatIsNoAgentClaimsNothing() {
        team.lead(team.batch(null), null);
        LeadClaims owner = new PostgresLeadClaims(team.admin.database());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> owner.claimNext(LEASE))
                .isInstanceOfSatisfying(dev.dialdesk.storage.StorageException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("error.team.permission"));
        assertThat(team.queryOne("SELECT count(*) FROM lead WHERE claimed_by IS NOT NULL")).isEqualTo("0");
    }

    @Test
    void aLeaseIsBetweenOneSecondAndOneDay() {
        team.lead(team.batch(KIM), KIM);
        LeadClaims kim = claims(KIM);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kim.claimNext(Duration.ofMillis(10)))
                .isInstanceOf(dev.dialdesk.storage.StorageException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kim.claimNext(Duration.ofDays(2)))
                .isInstanceOf(dev.dialdesk.storage.StorageException.class);
        assertThat(kim.claimNext(LEASE)).isPresent();
    }
}

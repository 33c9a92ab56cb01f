package dev.dialdesk.service.stats;

import dev.dialdesk.domain.DateRange;
import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.testing.StatsFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Callback and contract figures from the real tables, on the hand-worked call fixture ("today" is
 * Friday 7 March 2025, 08:30 Seoul; the report is of Thursday 6 March). QA deadline: the contract
 * date + 4 calendar days, to the end of that day (the next day's 00:00 Seoul, exclusive).
 *
 * <pre>
 * Callbacks (due Thursday unless said)
 *   KIM 10:00 DONE, never missed          → due, kept
 *   KIM 13:00 DONE, missed at 13:30        → due, missed (called late: not kept)
 *   KIM 15:00 MISSED                       → due, missed
 *   KIM 16:00 CANCELLED                    → not due
 *   KIM 23:50 PENDING                      → due only
 *   KIM Fri 10:00 PENDING, LEE Wed 10:00 DONE → other days
 *   LEE 09:00 DONE                         → due, kept
 * Contracts
 *   K1 KIM Thu 14:05  35,000 awaiting QA
 *   K2 KIM Thu 16:00  50,000 re-recording required → deadline Mon 10 Mar: open, D-3
 *   K3 KIM Wed 11:00  20,000 withdrawn on Thursday  → a withdrawal on Thursday, a contract on Wednesday
 *   K4 KIM Thu 17:00  99,000 cancelled              → neither contract nor premium
 *   L1 LEE Mon 11:00  40,000 re-recording required → deadline Fri 7 Mar: open, D-0
 *   L2 LEE Sun 11:00  30,000 re-recording required → deadline end of Thu 6 Mar passed: expired,
 *                                                     returned (DEADLINE) on Thursday
 * </pre>
 */
class StatsFromTablesTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 3, 6);

    @TempDir
    Path dir;
    private StatsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new StatsFixture(dir).seed();
        fixture.callback(KIM, "2025-03-06T10:00", "DONE", null);
        fixture.callback(KIM, "2025-03-06T13:00", "DONE", "2025-03-06T13:30");
        fixture.callback(KIM, "2025-03-06T15:00", "MISSED", "2025-03-06T15:30");
        fixture.callback(KIM, "2025-03-06T16:00", "CANCELLED", null);
        fixture.callback(KIM, "2025-03-06T23:50", "PENDING", null);
        fixture.callback(KIM, "2025-03-07T10:00", "PENDING", null);
        fixture.callback(LEE, "2025-03-05T10:00", "DONE", null);
        fixture.callback(LEE, "2025-03-06T09:00", "DONE", null);

        // Lee's desk: the deadline returns Lee's contracts (a desk acts only for its own agent).
        fixture.db.settings.set(dev.dialdesk.service.settings.SettingKeys.AGENT_ID, LEE.value());
        ContractService contracts = fixture.contracts();
        Contract l2 = fixture.contract(LEE, "2025-03-02T11:00", 30_000);
        contracts.requireReRecording(l2.id(), "voice unclear", LocalDate.of(2025, 3, 2), LEE);
        Contract l1 = fixture.contract(LEE, "2025-03-03T11:00", 40_000);
        contracts.requireReRecording(l1.id(), "voice unclear", LocalDate.of(2025, 3, 3), LEE);
        Contract k3 = fixture.contract(KIM, "2025-03-05T11:00", 20_000);
        fixture.contract(KIM, "2025-03-06T14:05", 35_000);
        Contract k2 = fixture.contract(KIM, "2025-03-06T16:00", 50_000);
        contracts.requireReRecording(k2.id(), "missing consent", THURSDAY, KIM);
        Contract k4 = fixture.contract(KIM, "2025-03-06T17:00", 99_000);
        contracts.cancel(k4.id(), KIM);
        fixture.db.clock.set("2025-03-06T18:00");
        contracts.withdraw(k3.id(), THURSDAY, "changed mind", KIM);
        fixture.db.clock.set(StatsFixture.TODAY);
        assertThat(contracts.expireOverdue()).extracting(Contract::id).containsExactly(l2.id());
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private StatsReport thursday() {
        return fixture.services().stats().report(DateRange.day(THURSDAY), Optional.empty());
    }

    private static AgentMetrics agent(StatsReport report, dev.dialdesk.domain.AgentId id) {
        return report.agents().stream().filter(a -> a.agent().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void callbacksDueKeptAndMissedPerAgent() {
        StatsReport report = thursday();
        AgentMetrics kim = agent(report, KIM);
        assertThat(kim.callbacksDue()).isEqualTo(4);       // 10:00, 13:00, 15:00, 23:50 (16:00 was cancelled)
        assertThat(kim.callbacksKept()).isEqualTo(1);      // 10:00 only: 13:00 was called after it was missed
        assertThat(kim.callbacksMissed()).isEqualTo(2);    // 13:00 and 15:00
        AgentMetrics lee = agent(report, LEE);
        assertThat(lee.callbacksDue()).isEqualTo(1);
        assertThat(lee.callbacksKept()).isEqualTo(1);
        assertThat(report.team().callbacksDue()).isEqualTo(5);    // 4 + 1
        assertThat(report.team().callbacksKept()).isEqualTo(2);   // 1 + 1
        assertThat(report.team().callbacksMissed()).isEqualTo(2); // 2 + 0
    }

    @Test
    void contractsPremiumWithdrawalsReturnsAndQaCases() {
        StatsReport report = thursday();
        AgentMetrics kim = agent(report, KIM);
        assertThat(kim.contracts()).isEqualTo(2);             // K1, K2 (K4 cancelled, K3 made on Wednesday)
        assertThat(kim.premiumWon()).isEqualTo(85_000);       // 35,000 + 50,000
        assertThat(kim.conversion()).isEqualTo(0.5);          // 2 contracts / 4 contacts
        assertThat(kim.targetProgress()).isEqualTo(0.85);     // 85,000 / (100,000 × 1 day worked)
        assertThat(kim.withdrawals()).isEqualTo(1);           // K3, withdrawn on Thursday
        assertThat(kim.returns()).isZero();
        assertThat(kim.qaOpen()).isEqualTo(1);                // K2
        AgentMetrics lee = agent(report, LEE);
        assertThat(lee.contracts()).isZero();
        assertThat(lee.returns()).isEqualTo(1);               // L2, returned at its deadline, the end of Thursday
        assertThat(lee.qaOpen()).isEqualTo(1);                // L1
        assertThat(lee.qaExpired()).isEqualTo(1);             // L2
        assertThat(report.team().premiumWon()).isEqualTo(85_000);
        // Today is Friday 7 March: L1's deadline is today (D-0), K2's Monday 10 March (D-3).
        assertThat(report.qa().openByDaysLeft()).containsExactly(1, 0, 0, 1, 0);
        assertThat(report.qa().expired()).isEqualTo(1);
        assertThat(report.daily().get(0).contracts()).isEqualTo(2);
        assertThat(report.agents().get(0).agent()).isEqualTo(KIM);  // rank 1: more contracts
    }

    @Test
    void theShiftPanelsPremiumAgreesWithTheDashboard() {
        StatsService stats = fixture.services().stats();
        long shiftPanel = fixture.contracts().premiumWon(KIM, stats.start(THURSDAY), stats.start(THURSDAY.plusDays(1)));
        assertThat(shiftPanel).isEqualTo(agent(thursday(), KIM).premiumWon()).isEqualTo(85_000);
        long wednesday = fixture.contracts().premiumWon(KIM, stats.start(THURSDAY.minusDays(1)), stats.start(THURSDAY));
        assertThat(stats.report(DateRange.day(THURSDAY.minusDays(1)), Optional.of(KIM)).team().premiumWon())
                .isEqualTo(wednesday).isEqualTo(20_000);
    }

    @Test
    void drillDownShowsTheAgentsContractsAndCases() {
        StatsService.AgentDay day = fixture.services().stats().agentDay(KIM, DateRange.day(THURSDAY));
        assertThat(day.contracts()).extracting(ContractMetricsSource.ContractLine::premiumWon)
                .containsExactly(35_000L, 50_000L, 99_000L);
        assertThat(day.contracts().get(1).qaState()).isEqualTo("contracts.state.RE_RECORDING_REQUIRED");
        assertThat(day.qaCases()).hasSize(1);
    }
}

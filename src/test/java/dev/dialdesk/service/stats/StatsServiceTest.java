package dev.dialdesk.service.stats;

import dev.dialdesk.domain.DateRange;
import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.CallbackMetricsSource;
import dev.dialdesk.testing.StatsFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every metric of docs/metrics.md on the hand-worked fixture of {@link StatsFixture}. */
class StatsServiceTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 3, 6);

    @TempDir
    Path dir;
    private StatsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new StatsFixture(dir).seed();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private StatsReport yesterday(StatsService stats) {
        return stats.report(DateRange.Preset.YESTERDAY.of(stats.today()), Optional.empty());
    }

    private static AgentMetrics agent(StatsReport report, AgentId id) {
        return report.agents().stream().filter(a -> id.equals(a.agent())).findFirst().orElseThrow();
    }

    @Test
    void callFiguresOfYesterdayPerAgentAndTeam() {
        StatsService stats = fixture.callsOnly().stats();
        assertThat(stats.today()).isEqualTo(LocalDate.of(2025, 3, 7));
        StatsReport report = yesterday(stats);
        assertThat(report.range()).isEqualTo(DateRange.day(THURSDAY));

        AgentMetrics kim = agent(report, KIM);
        assertThat(kim.dials()).isEqualTo(5);                      // 5 calls on Thursday
        assertThat(kim.contacts()).isEqualTo(4);                   // REFUSED, THINKING, CONTRACT, DO_NOT_CALL
        assertThat(kim.contactRate()).isEqualTo(0.8);              // 4 / 5
        assertThat(kim.talkSeconds()).isEqualTo(810);              // 20 + 40 + 120 + 600 + 30
        assertThat(kim.contracts()).isEqualTo(1);                  // the CONTRACT attempt (no contracts source)
        assertThat(kim.conversion()).isEqualTo(0.25);              // 1 / 4
        assertThat(kim.doNotCallRequests()).isEqualTo(1);
        assertThat(kim.daysWithoutContract()).isZero();            // contract on the day itself
        assertThat(kim.batchLeads()).isEqualTo(8);                 // batch of 6 March: 5 called + 3 new
        assertThat(kim.untouchedShare()).isEqualTo(0.375);         // 3 / 8
        assertThat(kim.premiumTargetWon()).isEqualTo(100_000);     // default 100,000 × 1 working day
        assertThat(kim.rank()).isEqualTo(1);

        AgentMetrics lee = agent(report, LEE);
        assertThat(lee.dials()).isEqualTo(3);
        assertThat(lee.contacts()).isEqualTo(1);                   // REFUSED
        assertThat(lee.contactRate()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(lee.talkSeconds()).isEqualTo(80);               // 15 + 5 + 60
        assertThat(lee.contracts()).isZero();
        assertThat(lee.daysWithoutContract()).isEqualTo(3);        // Tue 4, Wed 5, Thu 6 with dials, never a contract
        assertThat(lee.batchLeads()).isZero();                     // LEE's batch came on 1 March
        assertThat(lee.rank()).isEqualTo(2);

        AgentMetrics team = report.team();
        assertThat(team.isTeam()).isTrue();
        assertThat(team.dials()).isEqualTo(8);                     // 5 + 3
        assertThat(team.contacts()).isEqualTo(5);                  // 4 + 1
        assertThat(team.contactRate()).isEqualTo(0.625);           // 5 / 8
        assertThat(team.talkSeconds()).isEqualTo(890);             // 810 + 80
        assertThat(team.contracts()).isEqualTo(1);
        assertThat(team.conversion()).isEqualTo(0.2);              // 1 / 5
        assertThat(team.untouchedShare()).isEqualTo(0.375);        // 3 / 8
        assertThat(team.premiumTargetWon()).isEqualTo(200_000);    // 2 agents × 100,000
        assertThat(team.premiumWon()).isZero();
        assertThat(team.callbacksMissed()).isZero();
        assertThat(team.daysWithoutContract()).isNull();
    }

    @Test
    void contactRateByHourOfDayIsInTheCentresClock() {
        StatsReport report = yesterday(fixture.callsOnly().stats());
        StatsReport.HourPoint ten = report.byHourOfDay().get(10);
        assertThat(ten.dials()).isEqualTo(4);                      // KIM 10:00, 10:10; LEE 10:20, 10:30
        assertThat(ten.contacts()).isEqualTo(1);                   // KIM's REFUSED
        assertThat(ten.contactRate()).isEqualTo(0.25);
        assertThat(report.byHourOfDay().get(14).contactRate()).isEqualTo(1.0);  // CONTRACT, DO_NOT_CALL
        assertThat(report.byHourOfDay().get(9).dials()).isZero();
    }

    @Test
    void dailySeriesOverThisWeekHasEveryDay() {
        StatsService stats = fixture.callsOnly().stats();
        StatsReport week = stats.report(DateRange.Preset.THIS_WEEK.of(stats.today()), Optional.empty());
        assertThat(week.range()).isEqualTo(new DateRange(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7)));
        assertThat(week.daily()).extracting(StatsReport.DayPoint::dials).containsExactly(0, 1, 1, 8, 0);
        assertThat(week.daily()).extracting(StatsReport.DayPoint::contracts).containsExactly(0, 0, 0, 1, 0);
        assertThat(week.team().dials()).isEqualTo(10);             // 8 on Thursday + LEE's two earlier calls
        assertThat(week.team().contacts()).isEqualTo(6);           // + LEE's REFUSED on Wednesday
        assertThat(agent(week, LEE).premiumTargetWon()).isEqualTo(300_000);  // 3 working days × 100,000
    }

    @Test
    void anAgentSeesOnlyTheirOwnNumbers() {
        StatsReport own = fixture.callsOnly().stats().report(DateRange.day(THURSDAY), Optional.of(LEE));
        assertThat(own.agents()).extracting(AgentMetrics::agent).containsExactly(LEE);
        assertThat(own.team().dials()).isEqualTo(3);
    }

    @Test
    void callbackAndContractFiguresComeFromTheirSources() {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        CallbackMetricsSource callbacks = (from, to, zone, agent) -> List.of(
                new CallbackMetricsSource.CallbackDay(KIM, THURSDAY, 3, 2, 1),
                new CallbackMetricsSource.CallbackDay(LEE, THURSDAY, 1, 0, 1));
        ContractMetricsSource contracts = new FakeContracts(List.of(
                new ContractMetricsSource.ContractDay(KIM, THURSDAY, 2, 85_000, 1, 0),
                new ContractMetricsSource.ContractDay(LEE, THURSDAY, 0, 0, 0, 1)), List.of(
                new ContractMetricsSource.QaCase(1, KIM, at("2025-03-08T23:59:59", seoul), ContractMetricsSource.QaCaseState.OPEN),
                new ContractMetricsSource.QaCase(2, LEE, at("2025-03-07T23:59:59", seoul), ContractMetricsSource.QaCaseState.OPEN),
                new ContractMetricsSource.QaCase(3, LEE, at("2025-03-06T23:59:59", seoul), ContractMetricsSource.QaCaseState.EXPIRED)));
        StatsReport report = yesterday(fixture.services(callbacks, contracts, List.of()).stats());

        AgentMetrics kim = agent(report, KIM);
        assertThat(kim.contracts()).isEqualTo(2);                  // from the contracts source, not the 1 sale attempt
        assertThat(kim.premiumWon()).isEqualTo(85_000);
        assertThat(kim.conversion()).isEqualTo(0.5);               // 2 / 4 contacts
        assertThat(kim.targetProgress()).isEqualTo(0.85);          // 85,000 / 100,000
        assertThat(kim.withdrawals()).isEqualTo(1);
        assertThat(kim.callbacksDue()).isEqualTo(3);
        assertThat(kim.callbacksKept()).isEqualTo(2);
        assertThat(kim.qaOpen()).isEqualTo(1);
        AgentMetrics lee = agent(report, LEE);
        assertThat(lee.returns()).isEqualTo(1);
        assertThat(lee.qaOpen()).isEqualTo(1);
        assertThat(lee.qaExpired()).isEqualTo(1);
        assertThat(report.team().callbacksMissed()).isEqualTo(2);  // 1 + 1
        assertThat(report.team().contracts()).isEqualTo(2);
        // Today is 7 March: LEE's deadline is today (D-0), KIM's tomorrow (D-1).
        assertThat(report.qa().openByDaysLeft()).containsExactly(1, 1, 0, 0, 0);
        assertThat(report.qa().expired()).isEqualTo(1);
        assertThat(report.daily().get(0).contracts()).isEqualTo(2);
    }

    @Test
    void oneDashboardReadsTheContractFiguresAndTheQaCasesOnceEach() {
        // On a team server every read is a round trip: the rows, the daily series and the QA summary share one.
        fixture.contract(KIM, "2025-03-06T15:00", 50_000);
        fixture.db.clock.set(StatsFixture.TODAY);
        ContractMetricsSource table = new dev.dialdesk.storage.jdbc.JdbcContractMetrics(fixture.db.database,
                fixture.db.clock);
        int[] reads = new int[2];
        StatsReport report = yesterday(fixture.services(CallbackMetricsSource.NONE, new CountedContracts(table, reads),
                List.of()).stats());

        assertThat(reads).containsExactly(1, 1);
        assertThat(agent(report, KIM).contracts()).isEqualTo(1);
        assertThat(agent(report, KIM).premiumWon()).isEqualTo(50_000);
        assertThat(report.daily().get(0).contracts()).isEqualTo(1);
    }

    /** The contracts table, counting the dashboard's reads of it: [daily figures, QA cases]. */
    private record CountedContracts(ContractMetricsSource table, int[] reads) implements ContractMetricsSource {
        @Override
        public boolean available() {
            return true;
        }

        @Override
        public List<ContractDay> daily(LocalDate from, LocalDate to, ZoneId zone, Optional<AgentId> agent) {
            reads[0]++;
            return table.daily(from, to, zone, agent);
        }

        @Override
        public List<QaCase> qaCases(Instant from, Instant to, Optional<AgentId> agent) {
            reads[1]++;
            return table.qaCases(from, to, agent);
        }

        @Override
        public List<ContractLine> contracts(AgentId agent, Instant from, Instant to) {
            return table.contracts(agent, from, to);
        }
    }

    @Test
    void drillDownListsTheAgentsCallsOfTheDay() {
        StatsService.AgentDay day = fixture.callsOnly().stats().agentDay(KIM, DateRange.day(THURSDAY));
        assertThat(day.calls()).extracting(c -> c.disposition())
                .containsExactly("NO_ANSWER", "REFUSED", "THINKING", "CONTRACT", "DO_NOT_CALL");
        assertThat(day.calls().get(3).durationMillis()).isEqualTo(600_000);
    }

    @Test
    void ranksShareTiesAndOrderByContractsThenPremium() {
        AgentMetrics a = metrics("A", 1, 10);
        AgentMetrics b = metrics("B", 1, 10);
        AgentMetrics c = metrics("C", 2, 5);
        assertThat(StatsService.Ranking.rank(List.of(a, b, c))).extracting(AgentMetrics::rank).containsExactly(1, 2, 2);
    }

    private static AgentMetrics metrics(String id, int contracts, int contacts) {
        return new AgentMetrics(new AgentId(id), id, 20, contacts, 0, contracts, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private record FakeContracts(List<ContractDay> days, List<QaCase> cases) implements ContractMetricsSource {
        @Override
        public boolean available() {
            return true;
        }

        @Override
        public List<ContractDay> daily(LocalDate from, LocalDate to, ZoneId zone, Optional<AgentId> agent) {
            return days;
        }

        @Override
        public List<QaCase> qaCases(Instant from, Instant to, Optional<AgentId> agent) {
            return cases;
        }

        @Override
        public List<ContractLine> contracts(AgentId agent, Instant from, Instant to) {
            return List.of();
        }
    }
}

package dev.dialdesk.service.rules;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialdesk.app.StatsServices;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.rules.ContactHours;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.domain.rules.OutcomeFates.Counts;
import dev.dialdesk.domain.rules.OutcomeFates.Kind;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.stats.StatsExporter;
import dev.dialdesk.service.stats.StatsReport;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items 6, 8 and 9 of issue 16 from a call history the test writes, with answers worked by hand: what
 * became of Monday 2025-03-03's outcomes, the contact hours, and the QA case at risk.
 */
class FloorFiguresTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private FloorHistory history;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-03T08:00");
        history = new FloorHistory(db);
        long kimBatch = db.batch(KIM, "2025-03-01T09:00");
        long leeBatch = db.batch(LEE, "2025-03-01T09:00");
        long a = db.lead(kimBatch, KIM);
        long b = db.lead(kimBatch, KIM);
        long f = db.lead(kimBatch, KIM);
        long c = db.lead(leeBatch, LEE);
        long d = db.lead(leeBatch, LEE);
        // A: thinking on Monday, contract call on Thursday (3 days): within 7 and 30 days.
        history.call(a, KIM, "2025-03-03T11:00", DefaultDispositions.THINKING)
                .call(a, KIM, "2025-03-06T14:00", DefaultDispositions.CONTRACT);
        // B: thinking twice on Monday (counts once), a contract saved 12 days later, then withdrawn.
        history.call(b, KIM, "2025-03-03T15:00", DefaultDispositions.THINKING)
                .call(b, KIM, "2025-03-03T16:00", DefaultDispositions.THINKING);
        Contract late = history.contract(b, KIM, "2025-03-15T11:00");
        history.contracts().withdraw(late.id(), LocalDate.of(2025, 3, 20), "변심", KIM);
        // F: two unanswered calls at 09:00.
        history.call(f, KIM, "2025-03-03T09:00", DefaultDispositions.NO_ANSWER)
                .call(f, KIM, "2025-03-03T09:30", DefaultDispositions.BUSY);
        // C: a callback that came to nothing; D: refused, then signed on Wednesday anyway.
        history.call(c, LEE, "2025-03-03T10:00", DefaultDispositions.CALLBACK)
                .call(d, LEE, "2025-03-03T10:30", DefaultDispositions.REFUSED)
                .call(d, LEE, "2025-03-05T10:30", DefaultDispositions.CONTRACT);
        db.clock.set("2025-03-21T09:00");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private StatsServices stats() {
        return new StatsServices(db.database, db.settings, db.clock, Messages.forLocale(Locale.ENGLISH));
    }

    private StatsReport monday() {
        return stats().stats().reportWithFloor(DateRange.day(MONDAY), Optional.empty());
    }

    @Test
    void thinkingItOverBecameOneContractInAWeekTwoInAMonthAndOneWasWithdrawn() {
        OutcomeFates fates = monday().floor().fates();
        assertThat(fates.of(KIM, Kind.THINKING)).isEqualTo(new Counts(2, 1, 2, 1));
        assertThat(fates.of(LEE, Kind.CALLBACK)).isEqualTo(new Counts(1, 0, 0, 0));
        assertThat(fates.of(LEE, Kind.REFUSED)).isEqualTo(new Counts(1, 1, 1, 0));
        assertThat(fates.team(Kind.THINKING)).isEqualTo(new Counts(2, 1, 2, 1));
        assertThat(fates.of(KIM, Kind.CALLBACK)).isEqualTo(Counts.ZERO);
    }

    @Test
    void anOutcomeOutsideTheRangeIsNotCountedButAContractAfterTheRangeIs() {
        StatsReport tuesday = stats().stats().reportWithFloor(DateRange.day(MONDAY.plusDays(1)), Optional.empty());
        assertThat(tuesday.floor().fates().team(Kind.THINKING)).isEqualTo(Counts.ZERO);
        StatsReport wednesday = stats().stats().reportWithFloor(DateRange.day(MONDAY.plusDays(2)), Optional.empty());
        assertThat(wednesday.floor().fates().team(Kind.REFUSED)).isEqualTo(Counts.ZERO);
    }

    @Test
    void contactHoursArePerAgentAndTeamInTheCentresClock() {
        StatsReport report = monday();
        ContactHours kim = report.floor().hoursOf(KIM);
        assertThat(kim.dials(DayOfWeek.MONDAY, 9)).isEqualTo(2);
        assertThat(kim.rate(DayOfWeek.MONDAY, 9)).isZero();
        assertThat(kim.rate(DayOfWeek.MONDAY, 15)).isEqualTo(1.0);
        assertThat(report.floor().teamHours().byHour().get(10))
                .isEqualTo(new ContactHours.Hour(10, 2, 2));
        assertThat(report.floor().teamHours().totalDials()).isEqualTo(7);
    }

    @Test
    void statsJsonCarriesTheFatesPerAgentAndTeam() throws Exception {
        StatsServices services = stats();
        StatsReport report = services.stats().reportWithFloor(DateRange.day(MONDAY), Optional.empty());
        JsonNode json = new ObjectMapper().readTree(services.exporter().json(report));
        JsonNode kim = null;
        for (JsonNode agent : json.get("agents")) {
            if (agent.get("agent").asText().equals(KIM.value())) {
                kim = agent;
            }
        }
        assertThat(kim.get("thinking_leads").asInt()).isEqualTo(2);
        assertThat(kim.get("thinking_contracted_7d").asInt()).isEqualTo(1);
        assertThat(kim.get("thinking_contracted_30d").asInt()).isEqualTo(2);
        assertThat(kim.get("thinking_lost").asInt()).isEqualTo(1);
        assertThat(json.get("team").get("callback_leads").asInt()).isEqualTo(1);
        assertThat(json.get("team").get("callback_contracted_30d").asInt()).isZero();
        assertThat(json.get("floor").get("qa_at_risk_today").asInt()).isZero();
        JsonNode mondayTen = json.get("floor").get("team_contact_by_weekday_hour").get(1);
        assertThat(mondayTen.get("weekday").asText()).isEqualTo("MONDAY");
        assertThat(mondayTen.get("hour").asInt()).isEqualTo(10);
        assertThat(mondayTen.get("contacts").asInt()).isEqualTo(2);
    }

    @Test
    void theMorningReportShowsTheFatesAndTheContractsAtRisk() throws Exception {
        StatsServices services = stats();
        Path file = dir.resolve("morning.html");
        services.exporter().write(monday(), StatsExporter.Format.HTML, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).contains("What the numbers say").contains("No contract at risk today")
                .contains("2 → 7d 1 · 30d 2 · lost 1");
    }

    @Test
    void aQaCaseWhoseCustomerMissedTwoCallsIsCountedAtRiskToday() {
        long h = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        Contract sold = history.contract(h, KIM, "2025-03-18T11:00");
        history.contracts().requireReRecording(sold.id(), "고지의무 설명 누락", LocalDate.of(2025, 3, 19), KIM);
        history.call(h, KIM, "2025-03-19T10:00", DefaultDispositions.NO_ANSWER)
                .call(h, KIM, "2025-03-19T14:00", DefaultDispositions.PHONE_OFF);
        db.clock.set("2025-03-19T15:00");
        assertThat(monday().floor().qaAtRiskToday()).isEqualTo(1);
        assertThat(new RulesServicesProbe(db).marks().qaAtRisk(Optional.of(KIM))).singleElement()
                .satisfies(r -> assertThat(r.contractId()).isEqualTo(sold.id()));
    }
}

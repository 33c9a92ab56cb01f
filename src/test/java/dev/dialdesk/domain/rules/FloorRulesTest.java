package dev.dialdesk.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.contracts.AfterSale;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.CoolingOffRule;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.contracts.QaCase;
import dev.dialdesk.domain.contracts.Sale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Going cold, QA at risk and the happy-call / cooling-off window, on fixed times in Seoul. */
class FloorRulesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final AgentId KIM = new AgentId("A1024");

    private static Instant seoul(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SEOUL).toInstant();
    }

    private static AttemptTrail trail(AttemptTrail.Try... tries) {
        return new AttemptTrail(List.of(tries));
    }

    private static AttemptTrail.Try answered(String at, LeadStatus outcome) {
        return new AttemptTrail.Try(seoul(at), true, outcome);
    }

    private static AttemptTrail.Try noAnswer(String at) {
        return new AttemptTrail.Try(seoul(at), false, LeadStatus.NO_ANSWER);
    }

    @Test
    void aThinkingCustomerWhoMissesThreeCallsInARowIsAvoidingCalls() {
        AttemptTrail cold = trail(answered("2025-03-10T19:10", LeadStatus.THINKING), noAnswer("2025-03-11T10:00"),
                noAnswer("2025-03-11T14:00"), noAnswer("2025-03-11T17:00"));
        assertThat(GoingCold.DEFAULT.avoiding(cold)).isTrue();
        assertThat(cold.answeredHours(SEOUL)).containsExactly(19);
        AttemptTrail twoMissed = trail(answered("2025-03-10T19:10", LeadStatus.THINKING), noAnswer("2025-03-11T10:00"),
                noAnswer("2025-03-11T14:00"));
        assertThat(GoingCold.DEFAULT.avoiding(twoMissed)).isFalse();
    }

    @Test
    void aLeadThatNeverAnsweredOrRefusedIsNotGoingColdItWasNeverWarm() {
        assertThat(GoingCold.DEFAULT.avoiding(trail(noAnswer("2025-03-11T10:00"), noAnswer("2025-03-11T11:00"),
                noAnswer("2025-03-11T12:00")))).isFalse();
        assertThat(GoingCold.DEFAULT.avoiding(trail(answered("2025-03-10T10:00", LeadStatus.REFUSED),
                noAnswer("2025-03-11T10:00"), noAnswer("2025-03-11T11:00"), noAnswer("2025-03-11T12:00")))).isFalse();
    }

    @Test
    void anOpenQaCaseWhoseCustomerMissedTheLastTwoCallsSinceTheNoticeIsAtRisk() {
        Instant notice = seoul("2025-03-11T09:00");
        Instant deadline = seoul("2025-03-15T00:00");
        AttemptTrail missedTwo = trail(answered("2025-03-10T15:00", LeadStatus.CONTRACTED), noAnswer("2025-03-11T10:00"),
                noAnswer("2025-03-11T15:00"));
        assertThat(QaRisk.DEFAULT.check(deadline, notice, missedTwo, seoul("2025-03-11T16:00")))
                .containsExactly(QaRisk.Reason.CUSTOMER_NOT_ANSWERING);
        AttemptTrail missedOne = trail(noAnswer("2025-03-11T10:00"));
        assertThat(QaRisk.DEFAULT.check(deadline, notice, missedOne, seoul("2025-03-11T16:00"))).isEmpty();
    }

    @Test
    void aQaDeadlineWithinADayIsAtRiskEvenWhenTheCustomerAnswers() {
        Instant deadline = seoul("2025-03-15T00:00");
        assertThat(QaRisk.DEFAULT.check(deadline, seoul("2025-03-11T09:00"), AttemptTrail.EMPTY,
                seoul("2025-03-14T00:00"))).containsExactly(QaRisk.Reason.DEADLINE_WITHIN_A_DAY);
        assertThat(QaRisk.DEFAULT.check(deadline, seoul("2025-03-11T09:00"), AttemptTrail.EMPTY,
                seoul("2025-03-13T23:59"))).isEmpty();
    }

    @Test
    void theHappyCallFailsWhenTheCustomerDeniesOrAfterFiveTriesWithoutAnAnswer() {
        List<HappyCallTry> tries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tries.add(new HappyCallTry(1, seoul("2025-03-1" + (2 + i) + "T11:00"), HappyCallTry.Outcome.NO_ANSWER, "A1024"));
        }
        assertThat(HappyCallRule.DEFAULT.state(tries)).isEqualTo(HappyCall.PENDING);
        tries.add(new HappyCallTry(1, seoul("2025-03-17T11:00"), HappyCallTry.Outcome.NO_ANSWER, "A1024"));
        assertThat(HappyCallRule.DEFAULT.state(tries)).isEqualTo(HappyCall.FAILED);
        assertThat(HappyCallRule.DEFAULT.state(List.of(new HappyCallTry(1, seoul("2025-03-12T11:00"),
                HappyCallTry.Outcome.PASSED, "A1024")))).isEqualTo(HappyCall.PASSED);
    }

    @Test
    void aFailedHappyCallPutsTheContractAtRiskOnlyWhileItCanStillBeWithdrawn() {
        Contract failed = contract("2025-03-01T14:00", HappyCall.FAILED);
        WithdrawalRisk risk = new WithdrawalRisk(CoolingOffRule.DEFAULT, 2);
        assertThat(risk.check(failed, AttemptTrail.EMPTY, LocalDate.of(2025, 3, 31)))
                .containsExactly(WithdrawalRisk.Reason.HAPPY_CALL_FAILED);
        assertThat(risk.check(failed, AttemptTrail.EMPTY, LocalDate.of(2025, 4, 1))).isEmpty();
    }

    @Test
    void aCustomerUnreachableSinceTheSaleDuringCoolingOffIsAtRisk() {
        Contract sold = contract("2025-03-01T14:00", HappyCall.PENDING);
        WithdrawalRisk risk = new WithdrawalRisk(CoolingOffRule.DEFAULT, 2);
        AttemptTrail silent = trail(answered("2025-03-01T14:00", LeadStatus.CONTRACTED), noAnswer("2025-03-05T10:00"),
                noAnswer("2025-03-06T10:00"));
        assertThat(risk.check(sold, silent, LocalDate.of(2025, 3, 6)))
                .containsExactly(WithdrawalRisk.Reason.UNREACHABLE_IN_COOLING_OFF);
        assertThat(risk.check(sold.withdrawn(LocalDate.of(2025, 3, 6), "변심"), silent, LocalDate.of(2025, 3, 6))).isEmpty();
    }

    @Test
    void eachOutcomeCountsOnceAndAContractAfterEightDaysCountsOnlyInTheMonth() {
        Instant thinking = seoul("2025-03-03T10:00");
        List<OutcomeFates.Fate> fates = List.of(
                new OutcomeFates.Fate(1, KIM, OutcomeFates.Kind.THINKING, thinking, thinking.plus(Duration.ofDays(2)), null),
                new OutcomeFates.Fate(2, KIM, OutcomeFates.Kind.THINKING, thinking, thinking.plus(Duration.ofDays(8)),
                        thinking.plus(Duration.ofDays(20))),
                new OutcomeFates.Fate(3, KIM, OutcomeFates.Kind.THINKING, thinking, thinking.plus(Duration.ofDays(31)), null),
                new OutcomeFates.Fate(4, KIM, OutcomeFates.Kind.CALLBACK, thinking, null, null));
        OutcomeFates tally = OutcomeFates.tally(fates);
        assertThat(tally.of(KIM, OutcomeFates.Kind.THINKING)).isEqualTo(new OutcomeFates.Counts(3, 1, 2, 1));
        assertThat(tally.team(OutcomeFates.Kind.CALLBACK)).isEqualTo(new OutcomeFates.Counts(1, 0, 0, 0));
        assertThat(tally.team(OutcomeFates.Kind.REFUSED)).isEqualTo(OutcomeFates.Counts.ZERO);
    }

    @Test
    void theBestHourIsTheOneWithTheBestContactRateAmongHoursWithEnoughDials() {
        ContactHours hours = new ContactHours(SEOUL);
        for (int i = 0; i < 10; i++) {
            hours.add(seoul("2025-03-11T10:1" + i), i < 2);
            hours.add(seoul("2025-03-11T19:1" + i), i < 6);
        }
        hours.add(seoul("2025-03-11T13:00"), true);
        assertThat(hours.best(2, 5)).extracting(ContactHours.Hour::hour).containsExactly(19, 10);
        assertThat(hours.rate(java.time.DayOfWeek.TUESDAY, 19)).isEqualTo(0.6);
    }

    private static Contract contract(String at, HappyCall happyCall) {
        Sale sale = new Sale("암보험", 50_000, seoul(at), SEOUL, "", "", true);
        AfterSale after = new AfterSale(null, null, null, null, null, 40, happyCall);
        return new Contract(1, 7, KIM, null, sale, QaCase.awaiting(seoul("2025-03-05T00:00")), after, seoul(at), seoul(at), 1);
    }
}

package dev.dialdesk.domain.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.calls.CallingDecision.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calling hours: Mon–Fri 09:00–21:00, Saturday 10:00–18:00 with a warning, Sunday and holidays closed. */
class CallingPolicyTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate CHUSEOK = LocalDate.of(2025, 10, 6);
    private final CallingPolicy policy = new CallingPolicy(CallingHours.defaults(), Set.of(CHUSEOK));

    private static Instant seoul(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SEOUL).toInstant();
    }

    private Verdict verdictAt(String dateTime) {
        return policy.evaluate(seoul(dateTime), SEOUL).verdict();
    }

    @Test
    void tuesdayAt0859IsBlockedAndOpensAt0900() {
        CallingDecision decision = policy.evaluate(seoul("2025-03-11T08:59"), SEOUL);
        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.nextOpening().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-03-11T09:00"));
        assertThat(decision.reason().key()).isEqualTo("calls.hours.outside");
        assertThat(decision.reason().args()).containsExactly(new dev.dialdesk.domain.i18n.Message("common.timeToday", "09:00"));
    }

    @Test
    void anOpeningOnAnotherDayNamesItsWeekdayInTheReadersLanguage() {
        CallingDecision sunday = policy.evaluate(seoul("2025-03-16T12:00"), SEOUL);

        assertThat(dev.dialdesk.domain.i18n.Messages.forLocale(java.util.Locale.ENGLISH).get(sunday.reason()))
                .isEqualTo("No calls on this day (opens 03-17 (Mon) 09:00).");
        assertThat(dev.dialdesk.domain.i18n.Messages.forLocale(java.util.Locale.KOREAN).get(sunday.reason()))
                .contains("03-17 (월) 09:00");
    }

    @Test
    void tuesdayAt0900IsAllowed() {
        assertThat(verdictAt("2025-03-11T09:00")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void tuesdayAt2059IsAllowed() {
        assertThat(verdictAt("2025-03-11T20:59")).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void tuesdayAt2100IsBlockedUntilWednesdayMorning() {
        CallingDecision decision = policy.evaluate(seoul("2025-03-11T21:00"), SEOUL);
        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.nextOpening().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-03-12T09:00"));
        assertThat(decision.reason().args()).containsExactly(new dev.dialdesk.domain.i18n.Message("common.dayAndTime", "03-12",
                new dev.dialdesk.domain.i18n.Message("common.weekday.WEDNESDAY"), "09:00"));
    }

    @Test
    void saturdayMorningIsAllowedWithAWarning() {
        CallingDecision decision = policy.evaluate(seoul("2025-03-15T10:30"), SEOUL);
        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOWED_WITH_WARNING);
        assertThat(decision.reason().key()).isEqualTo("calls.hours.warn");
        assertThat(verdictAt("2025-03-15T09:59")).isEqualTo(Verdict.BLOCKED);
        assertThat(verdictAt("2025-03-15T18:00")).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void sundayIsClosedAndOpensMonday() {
        CallingDecision decision = policy.evaluate(seoul("2025-03-16T14:00"), SEOUL);
        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.reason().key()).isEqualTo("calls.hours.closedDay");
        assertThat(decision.nextOpening().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-03-17T09:00"));
    }

    @Test
    void aPublicHolidayOnAMondayIsClosed() {
        CallingDecision decision = policy.evaluate(seoul("2025-10-06T11:00"), SEOUL);
        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.reason().key()).isEqualTo("calls.hours.holiday");
        assertThat(decision.nextOpening().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-10-07T09:00"));
    }

    @Test
    void aLeadInLosAngelesIsJudgedByItsOwnClock() {
        // 11:00 on a Tuesday in Seoul is 19:00 on Monday in Los Angeles (PDT): open there.
        Instant seoulMorning = seoul("2025-03-11T11:00");
        assertThat(policy.evaluate(seoulMorning, ZoneId.of("America/Los_Angeles")).verdict()).isEqualTo(Verdict.ALLOWED);
        // 15:00 in Seoul is 23:00 in Los Angeles: closed there although Seoul is open.
        Instant seoulAfternoon = seoul("2025-03-11T15:00");
        assertThat(policy.evaluate(seoulAfternoon, SEOUL).verdict()).isEqualTo(Verdict.ALLOWED);
        assertThat(policy.evaluate(seoulAfternoon, ZoneId.of("America/Los_Angeles")).verdict()).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void callingHoursReadAndWriteTheirText() {
        CallingHours hours = CallingHours.parse("MON-FRI 09:00-21:00; SAT 10:00-18:00 warn");
        assertThat(hours).isEqualTo(CallingHours.defaults());
        assertThat(CallingHours.parse(hours.format())).isEqualTo(hours);
        assertThat(hours.window(java.time.DayOfWeek.SUNDAY)).isEmpty();
    }
}

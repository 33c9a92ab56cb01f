package dev.dialdesk.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class QaDeadlineRuleTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Predicate<LocalDate> NO_HOLIDAYS = day -> false;

    private static ZonedDateTime deadline(QaDeadlineRule rule, String contractDate) {
        return rule.deadline(LocalDate.parse(contractDate), null, SEOUL, NO_HOLIDAYS);
    }

    @Test
    void contractOnTuesdayMayBeReRecordedUntilSaturdayEndsAtSundayMidnightExclusive() {
        // The diary's own case: Tuesday 20 November 2012 → all of Saturday 24 November 2012 counts.
        ZonedDateTime deadline = deadline(QaDeadlineRule.DEFAULT, "2012-11-20");
        assertThat(deadline).isEqualTo(ZonedDateTime.of(2012, 11, 25, 0, 0, 0, 0, SEOUL));
        assertThat(QaDeadlineRule.lastDay(deadline)).isEqualTo("2012-11-24");
        assertThat(QaDeadlineRule.lastDay(deadline).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
    }

    @Test
    void theLastDayOfAnOfficeHoursDeadlineIsTheDayItCloses() {
        QaDeadlineRule office = new QaDeadlineRule(4, QaDeadlineRule.Counting.CALENDAR,
                QaDeadlineRule.Start.CONTRACT_DATE, QaDeadlineRule.End.END_OF_OFFICE_HOURS, LocalTime.of(18, 0));
        assertThat(QaDeadlineRule.lastDay(deadline(office, "2012-11-20"))).isEqualTo("2012-11-24");
    }

    @Test
    void calendarDaysRunAcrossMonthAndYearEnds() {
        assertThat(QaDeadlineRule.lastDay(deadline(QaDeadlineRule.DEFAULT, "2026-01-29"))).isEqualTo("2026-02-02");
        assertThat(QaDeadlineRule.lastDay(deadline(QaDeadlineRule.DEFAULT, "2026-12-30"))).isEqualTo("2027-01-03");
    }

    @Test
    void leapDayIsACalendarDayLikeAnyOther() {
        assertThat(QaDeadlineRule.lastDay(deadline(QaDeadlineRule.DEFAULT, "2028-02-27"))).isEqualTo("2028-03-02");
        assertThat(QaDeadlineRule.lastDay(deadline(QaDeadlineRule.DEFAULT, "2028-02-29"))).isEqualTo("2028-03-04");
        assertThat(QaDeadlineRule.lastDay(deadline(QaDeadlineRule.DEFAULT, "2027-02-27"))).isEqualTo("2027-03-03");
    }

    @Test
    void businessDaysSkipTheWeekendAndHolidays() {
        QaDeadlineRule business = new QaDeadlineRule(4, QaDeadlineRule.Counting.BUSINESS,
                QaDeadlineRule.Start.CONTRACT_DATE, QaDeadlineRule.End.END_OF_DAY, LocalTime.of(18, 0));
        // Thursday 2026-11-19: Fri 20, (Sat, Sun), Mon 23, Tue 24, Wed 25.
        assertThat(QaDeadlineRule.lastDay(business.deadline(LocalDate.parse("2026-11-19"), null, SEOUL, NO_HOLIDAYS)))
                .isEqualTo("2026-11-25");
        // With Monday 23 a holiday, one more day.
        Set<LocalDate> holidays = Set.of(LocalDate.parse("2026-11-23"));
        assertThat(QaDeadlineRule.lastDay(business.deadline(LocalDate.parse("2026-11-19"), null, SEOUL, holidays::contains)))
                .isEqualTo("2026-11-26");
    }

    @Test
    void noticeDateModeCountsFromQasNoticeAndFallsBackToTheContractDate() {
        QaDeadlineRule fromNotice = new QaDeadlineRule(4, QaDeadlineRule.Counting.CALENDAR,
                QaDeadlineRule.Start.QA_NOTICE_DATE, QaDeadlineRule.End.END_OF_DAY, LocalTime.of(18, 0));
        assertThat(QaDeadlineRule.lastDay(fromNotice.deadline(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-18"),
                SEOUL, NO_HOLIDAYS))).isEqualTo("2026-11-22");
        assertThat(QaDeadlineRule.lastDay(fromNotice.deadline(LocalDate.parse("2026-11-16"), null, SEOUL, NO_HOLIDAYS)))
                .isEqualTo("2026-11-20");
    }

    @Test
    void endOfOfficeHoursEndsAtTheConfiguredClose() {
        QaDeadlineRule office = new QaDeadlineRule(4, QaDeadlineRule.Counting.CALENDAR,
                QaDeadlineRule.Start.CONTRACT_DATE, QaDeadlineRule.End.END_OF_OFFICE_HOURS, LocalTime.of(18, 0));
        assertThat(deadline(office, "2012-11-20")).isEqualTo(ZonedDateTime.of(2012, 11, 24, 18, 0, 0, 0, SEOUL));
    }

    @Test
    void inAZoneWithDaylightSavingTheDeadlineIsStillTheEndOfTheLocalDay() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // Spring forward on Sunday 8 March 2026; a contract on Thursday 5 March ends Monday 9 March.
        ZonedDateTime deadline = QaDeadlineRule.DEFAULT.deadline(LocalDate.parse("2026-03-05"), null, newYork, NO_HOLIDAYS);
        assertThat(deadline.toLocalDateTime()).isEqualTo("2026-03-10T00:00");
        assertThat(deadline.getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void aLastDayFollowedByADayThatStartsLateStillEndsAtThatDaysFirstInstant() {
        // In Santiago clocks went from 2022-09-11 00:00 to 01:00, so 11 September starts at 01:00.
        ZoneId santiago = ZoneId.of("America/Santiago");
        ZonedDateTime deadline = QaDeadlineRule.DEFAULT.deadline(LocalDate.parse("2022-09-06"), null, santiago,
                NO_HOLIDAYS);
        assertThat(deadline.toLocalDateTime()).isEqualTo("2022-09-11T01:00");
        assertThat(QaDeadlineRule.lastDay(deadline)).isEqualTo("2022-09-10");
    }
}

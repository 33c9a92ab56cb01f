package dev.dialdesk.domain.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The quick picks, in Seoul and across New York's spring-forward night (2025-03-09, 02:00 → 03:00). */
class QuickPickTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ZonedDateTime at(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone);
    }

    private static LocalDateTime pick(QuickPick pick, ZonedDateTime now) {
        return pick.at(now).orElseThrow().toLocalDateTime();
    }

    @Test
    void onATuesdayMorningInSeoulEveryPickLiesAhead() {
        ZonedDateTime now = at("2025-03-11T10:07:42", SEOUL);
        assertThat(pick(QuickPick.IN_30_MIN, now)).isEqualTo("2025-03-11T10:37");
        assertThat(pick(QuickPick.IN_1_HOUR, now)).isEqualTo("2025-03-11T11:07");
        assertThat(pick(QuickPick.TODAY_18, now)).isEqualTo("2025-03-11T18:00");
        assertThat(pick(QuickPick.TOMORROW_SAME_TIME, now)).isEqualTo("2025-03-12T10:07");
        assertThat(pick(QuickPick.TOMORROW_10, now)).isEqualTo("2025-03-12T10:00");
        assertThat(pick(QuickPick.NEXT_SATURDAY_10, now)).isEqualTo("2025-03-15T10:00");
    }

    @Test
    void todayAtSixIsGoneInTheEveningAndNextSaturdayOnASaturdayIsAWeekAway() {
        ZonedDateTime saturdayEvening = at("2025-03-15T19:30", SEOUL);
        assertThat(QuickPick.TODAY_18.at(saturdayEvening)).isEmpty();
        assertThat(pick(QuickPick.NEXT_SATURDAY_10, saturdayEvening)).isEqualTo("2025-03-22T10:00");
    }

    @Test
    void tomorrowTenKeepsTheWallClockAcrossSpringForward() {
        ZonedDateTime saturdayMorning = at("2025-03-08T10:00", NEW_YORK);
        ZonedDateTime tomorrow = QuickPick.TOMORROW_10.at(saturdayMorning).orElseThrow();
        assertThat(tomorrow.toLocalDateTime()).isEqualTo("2025-03-09T10:00");
        assertThat(tomorrow.getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
        assertThat(Duration.between(saturdayMorning, tomorrow)).as("the night is an hour short").hasHours(23);
    }

    @Test
    void tomorrowSameTimeInsideTheMissingHourMovesForwardByTheGap() {
        ZonedDateTime now = at("2025-03-08T02:30", NEW_YORK);
        assertThat(pick(QuickPick.TOMORROW_SAME_TIME, now)).isEqualTo("2025-03-09T03:30");
    }

    @Test
    void inOneHourCountsRealTimeAcrossTheChange() {
        ZonedDateTime now = at("2025-03-09T01:30", NEW_YORK);
        ZonedDateTime later = QuickPick.IN_1_HOUR.at(now).orElseThrow();
        assertThat(later.toLocalDateTime()).isEqualTo("2025-03-09T03:30");
        assertThat(Duration.between(now, later)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void rescheduleByAnHourCountsFromTheDueTimeWhileThatIsAhead() {
        ZonedDateTime due = at("2025-03-11T10:00", SEOUL);
        assertThat(Reschedule.PLUS_1_HOUR.from(due, at("2025-03-11T10:02", SEOUL)).toLocalDateTime())
                .as("phone off at 10:00: try again at 11:00").isEqualTo("2025-03-11T11:00");
        assertThat(Reschedule.PLUS_15_MIN.from(due, at("2025-03-11T10:40", SEOUL)).toLocalDateTime())
                .as("too late for 10:15: fifteen minutes from now").isEqualTo("2025-03-11T10:55");
        assertThat(Reschedule.TOMORROW_SAME_TIME.from(due, at("2025-03-11T10:40", SEOUL)).toLocalDateTime())
                .isEqualTo("2025-03-12T10:00");
    }
}

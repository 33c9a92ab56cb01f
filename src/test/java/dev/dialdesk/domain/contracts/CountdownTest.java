package dev.dialdesk.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Urgency;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CountdownTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZonedDateTime SATURDAY_MIDNIGHT = ZonedDateTime.of(2012, 11, 24, 23, 59, 59, 0, SEOUL);

    private static Instant seoul(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(SEOUL).toInstant();
    }

    @Test
    void twoCalendarDaysAwayIsDMinus2AndCalm() {
        Countdown countdown = Countdown.at(SATURDAY_MIDNIGHT, seoul("2012-11-22T09:00"), SEOUL);
        assertThat(countdown.form()).isEqualTo(Countdown.Form.DAYS);
        assertThat(countdown.dayCount()).isEqualTo(2);
        assertThat(countdown.urgency()).isEqualTo(Urgency.CALM);
    }

    @Test
    void underFortyEightHoursIsAmber() {
        Countdown countdown = Countdown.at(SATURDAY_MIDNIGHT, seoul("2012-11-23T09:00"), SEOUL);
        assertThat(countdown.dayCount()).isEqualTo(1);
        assertThat(countdown.urgency()).isEqualTo(Urgency.SOON);
    }

    @Test
    void underADayShowsHoursAndMinutesInRed() {
        Countdown countdown = Countdown.at(SATURDAY_MIDNIGHT, seoul("2012-11-24T18:19:59"), SEOUL);
        assertThat(countdown.form()).isEqualTo(Countdown.Form.HOURS_MINUTES);
        assertThat(countdown.hours()).isEqualTo(5);
        assertThat(countdown.minutes()).isEqualTo(40);
        assertThat(countdown.urgency()).isEqualTo(Urgency.DUE);
    }

    @Test
    void underFourHoursIsCritical() {
        assertThat(Countdown.at(SATURDAY_MIDNIGHT, seoul("2012-11-24T20:00"), SEOUL).urgency())
                .isEqualTo(Urgency.CRITICAL);
    }

    @Test
    void pastTheDeadlineIsExpired() {
        Countdown countdown = Countdown.at(SATURDAY_MIDNIGHT, seoul("2012-11-25T00:00"), SEOUL);
        assertThat(countdown.form()).isEqualTo(Countdown.Form.EXPIRED);
        assertThat(countdown.urgency()).isEqualTo(Urgency.EXPIRED);
    }
}

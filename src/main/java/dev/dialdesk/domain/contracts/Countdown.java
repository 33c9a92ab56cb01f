package dev.dialdesk.domain.contracts;

import dev.dialdesk.domain.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * What a countdown shows at one instant: "D-2" while the deadline is a day or more away (days
 * counted by calendar date in the centre's zone), then hours and minutes ("5h 40m") under 24 hours.
 * Computed here, once; renderers only format it.
 *
 * @param dayCount   for {@link Form#DAYS}: calendar days until the deadline's date (D-n)
 * @param hours      for {@link Form#HOURS_MINUTES}
 * @param minutes    for {@link Form#HOURS_MINUTES}
 */
public record Countdown(Form form, Urgency urgency, long dayCount, long hours, long minutes) {

    public enum Form {
        DAYS,
        HOURS_MINUTES,
        EXPIRED
    }

    /** The countdown to {@code deadline} at {@code now}, with days counted in {@code zone}. */
    public static Countdown at(ZonedDateTime deadline, Instant now, ZoneId zone) {
        Duration remaining = Duration.between(now, deadline.toInstant());
        Urgency urgency = Urgency.of(remaining);
        if (urgency == Urgency.EXPIRED) {
            return new Countdown(Form.EXPIRED, urgency, 0, 0, 0);
        }
        if (remaining.compareTo(Duration.ofHours(24)) < 0) {
            long minutesLeft = (remaining.toSeconds() + 59) / 60;
            return new Countdown(Form.HOURS_MINUTES, urgency, 0, minutesLeft / 60, minutesLeft % 60);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, QaDeadlineRule.lastDay(deadline.withZoneSameInstant(zone)));
        return new Countdown(Form.DAYS, urgency, days, 0, 0);
    }
}

package dev.dialdesk.domain.callbacks;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The one-move reschedules of a callback ("phone off at 10:00: try again at 11:00"). A relative move
 * counts from the callback's due time when that still lands in the future, else from now; "tomorrow
 * same time" keeps the callback's local time of day on tomorrow's date (in the centre's zone).
 */
public enum Reschedule {
    PLUS_15_MIN(Duration.ofMinutes(15)),
    PLUS_1_HOUR(Duration.ofHours(1)),
    TOMORROW_SAME_TIME(null);

    private final Duration step;

    Reschedule(Duration step) {
        this.step = step;
    }

    /** The new time for a callback due at {@code due}, at {@code now} (both in the centre's zone). */
    public ZonedDateTime from(ZonedDateTime due, ZonedDateTime now) {
        ZonedDateTime local = due.withZoneSameInstant(now.getZone());
        if (step == null) {
            return ZonedDateTime.of(now.toLocalDate().plusDays(1), local.toLocalTime(), now.getZone());
        }
        ZonedDateTime fromDue = local.plus(step);
        return fromDue.isAfter(now) ? fromDue : now.truncatedTo(ChronoUnit.MINUTES).plus(step);
    }
}

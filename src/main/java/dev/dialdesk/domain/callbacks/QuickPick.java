package dev.dialdesk.domain.callbacks;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The booking dialog's quick picks, computed here and nowhere else, in the centre's zone given by
 * {@code now}. Wall-clock picks ("tomorrow 10:00") keep their local time across a daylight-saving
 * change; a local time that does not exist that day (the spring-forward gap) moves forward by the
 * gap, as {@link ZonedDateTime#of} does. Relative picks ("in 1 h") count real elapsed time.
 */
public enum QuickPick {
    IN_30_MIN,
    IN_1_HOUR,
    TODAY_18,
    TOMORROW_SAME_TIME,
    TOMORROW_10,
    NEXT_SATURDAY_10;

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    /** The time this pick means at {@code now}; empty when it is already past (today 18:00 at 19:00). */
    public Optional<ZonedDateTime> at(ZonedDateTime now) {
        ZonedDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime result = switch (this) {
            case IN_30_MIN -> minute.plusMinutes(30);
            case IN_1_HOUR -> minute.plusHours(1);
            case TODAY_18 -> ZonedDateTime.of(now.toLocalDate(), SIX_PM, now.getZone());
            case TOMORROW_SAME_TIME -> ZonedDateTime.of(now.toLocalDate().plusDays(1), minute.toLocalTime(), now.getZone());
            case TOMORROW_10 -> ZonedDateTime.of(now.toLocalDate().plusDays(1), TEN, now.getZone());
            case NEXT_SATURDAY_10 -> ZonedDateTime.of(now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)),
                    TEN, now.getZone());
        };
        return result.isAfter(now) ? Optional.of(result) : Optional.empty();
    }
}

package dev.dialdesk.domain.cases;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an internal contact answers the phone: working hours and an optional lunch break, local times
 * in the centre's zone. A step due when nobody answers is offered at the next time somebody does.
 */
public record WorkingHours(LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {

    public static final WorkingHours OFFICE = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0),
            LocalTime.of(12, 0), LocalTime.of(13, 0));

    /** Why a time was moved. */
    public enum Shift { NONE, LUNCH, BEFORE_OPENING, AFTER_CLOSING }

    /** A time the party answers, and why it differs from the one asked for. */
    public record Answering(Instant at, Shift shift) {
    }

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("working hours end before they start");
        }
        if ((lunchStart == null) != (lunchEnd == null) || lunchStart != null && !lunchEnd.isAfter(lunchStart)) {
            throw new IllegalArgumentException("a lunch break needs a start before its end");
        }
    }

    public boolean hasLunch() {
        return lunchStart != null;
    }

    /** The first time at or after {@code due} this party answers (weekdays are the centre's concern). */
    public Answering nextAnswering(Instant due, ZoneId zone) {
        ZonedDateTime at = due.atZone(zone);
        LocalTime time = at.toLocalTime();
        if (time.isBefore(start)) {
            return new Answering(at.with(start).toInstant(), Shift.BEFORE_OPENING);
        }
        if (!time.isBefore(end)) {
            return new Answering(at.toLocalDate().plusDays(1).atTime(start).atZone(zone).toInstant(), Shift.AFTER_CLOSING);
        }
        if (hasLunch() && !time.isBefore(lunchStart) && time.isBefore(lunchEnd)) {
            return new Answering(at.with(lunchEnd).toInstant(), Shift.LUNCH);
        }
        return new Answering(due, Shift.NONE);
    }
}

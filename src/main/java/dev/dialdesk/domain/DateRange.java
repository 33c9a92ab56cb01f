package dev.dialdesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A range of the centre's days, both ends included. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a range cannot end before it starts");
        }
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** The ranges the dashboard offers, relative to {@code today}. Weeks start on Monday. */
    public enum Preset {
        TODAY, YESTERDAY, THIS_WEEK, THIS_MONTH, LAST_30_DAYS, CUSTOM;

        public DateRange of(LocalDate today) {
            return switch (this) {
                case TODAY, CUSTOM -> day(today);
                case YESTERDAY -> day(today.minusDays(1));
                case THIS_WEEK -> new DateRange(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
                case THIS_MONTH -> new DateRange(today.withDayOfMonth(1), today);
                case LAST_30_DAYS -> new DateRange(today.minusDays(29), today);
            };
        }
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean singleDay() {
        return from.equals(to);
    }

    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            dates.add(d);
        }
        return dates;
    }

    @Override
    public String toString() {
        return singleDay() ? from.toString() : from + ".." + to;
    }
}

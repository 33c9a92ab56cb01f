package dev.dialdesk.domain.contracts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * When a QA re-recording (보완녹취) must be done, or the contract is returned (반송).
 *
 * <p>The default is the centre's rule: by the end of the day (in the centre's zone) of the contract
 * date plus 4 calendar days. A contract made on Tuesday 20 November 2012 must be re-recorded on
 * Saturday 24 November 2012 at the latest: calendar days count, weekends included.
 *
 * <p>A deadline is half-open: it is the first instant that is too late. The end of a day is the next
 * day's 00:00 (exclusive), so a re-recording at 23:59:59.999 counts and one at 00:00 does not; the
 * end of office hours is the closing time itself (18:00 is too late).
 *
 * <p>Every part is configurable: the number of days, calendar or business days (business days skip
 * Saturdays, Sundays and public holidays), counting from the contract date or from the day QA gave
 * notice, and ending at the end of the day or at the end of office hours.
 *
 * @param days        how many days after the start day
 * @param counting    calendar or business days
 * @param start       which date the count starts from
 * @param end         end of day or end of office hours on the last day
 * @param officeClose when office hours end, for {@link End#END_OF_OFFICE_HOURS}
 */
public record QaDeadlineRule(int days, Counting counting, Start start, End end, LocalTime officeClose) {

    /** 4 calendar days from the contract date, to the end of that day. */
    public static final QaDeadlineRule DEFAULT =
            new QaDeadlineRule(4, Counting.CALENDAR, Start.CONTRACT_DATE, End.END_OF_DAY, LocalTime.of(18, 0));

    public enum Counting {
        CALENDAR,
        BUSINESS
    }

    public enum Start {
        CONTRACT_DATE,
        QA_NOTICE_DATE
    }

    public enum End {
        END_OF_DAY,
        END_OF_OFFICE_HOURS
    }

    public QaDeadlineRule {
        if (days < 0 || days > 60) {
            throw new IllegalArgumentException("days must be between 0 and 60, was " + days);
        }
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(officeClose, "officeClose");
    }

    /**
     * The deadline of a contract.
     *
     * @param contractDate the contract's date in the centre's zone
     * @param qaNoticeDate the day QA gave notice; used only when counting from the notice (falls
     *                     back to the contract date when QA has not given notice yet)
     * @param centreZone   the centre's zone: the deadline is the end of a day there
     * @return the first instant that is too late (exclusive)
     * @param isHoliday    the public holidays, for business-day counting
     */
    public ZonedDateTime deadline(LocalDate contractDate, LocalDate qaNoticeDate, ZoneId centreZone,
                                  Predicate<LocalDate> isHoliday) {
        Objects.requireNonNull(contractDate, "contractDate");
        LocalDate from = start == Start.QA_NOTICE_DATE && qaNoticeDate != null ? qaNoticeDate : contractDate;
        LocalDate lastDay = counting == Counting.CALENDAR ? from.plusDays(days) : addBusinessDays(from, isHoliday);
        if (end == End.END_OF_DAY) {
            // The next day's start: atStartOfDay knows a day that starts at 01:00 after a DST gap.
            return lastDay.plusDays(1).atStartOfDay(centreZone);
        }
        // atZone moves a time that falls in a daylight-saving gap forward, never back past the day.
        return lastDay.atTime(officeClose).atZone(centreZone);
    }

    /**
     * The last day on which a re-recording still counts: the day of the instant just before the
     * (exclusive) deadline, in the deadline's zone.
     */
    public static LocalDate lastDay(ZonedDateTime deadline) {
        return deadline.minusNanos(1).toLocalDate();
    }

    private LocalDate addBusinessDays(LocalDate from, Predicate<LocalDate> isHoliday) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isBusinessDay(day, isHoliday)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isBusinessDay(LocalDate day, Predicate<LocalDate> isHoliday) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday.test(day);
    }
}

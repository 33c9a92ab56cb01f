package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.i18n.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a callee may be called: the weekly {@link CallingHours} cut to the {@link LegalWindow} (which no
 * setting widens), minus public holidays, evaluated in the callee's own time zone. The one place
 * calling hours are computed.
 */
public final class CallingPolicy {

    /** How far ahead {@link #nextOpening} looks before giving up (a long holiday season fits). */
    private static final int LOOKAHEAD_DAYS = 31;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final CallingHours hours;
    private final Set<LocalDate> holidays;
    private final LegalWindow legal;

    /** With the Korean legal window (08:00–21:00). */
    public CallingPolicy(CallingHours hours, Set<LocalDate> holidays) {
        this(hours, holidays, LegalWindow.KOREA);
    }

    public CallingPolicy(CallingHours hours, Set<LocalDate> holidays, LegalWindow legal) {
        this.legal = Objects.requireNonNull(legal, "legal");
        this.hours = Objects.requireNonNull(hours, "hours").within(legal);
        this.holidays = Set.copyOf(holidays);
    }

    public LegalWindow legalWindow() {
        return legal;
    }

    /** Is {@code now} outside the law's window at the callee's local time (whatever the settings say)? */
    public boolean outsideLegalWindow(Instant now, ZoneId zone) {
        return !legal.contains(now.atZone(zone).toLocalTime());
    }

    public CallingHours hours() {
        return hours;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /** May a callee in {@code zone} be called at {@code now}? */
    public CallingDecision evaluate(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate date = local.toLocalDate();
        Optional<CallingHours.Window> window = hours.window(local.getDayOfWeek());
        boolean open = !holidays.contains(date) && window.isPresent() && window.get().contains(local.toLocalTime());
        if (open) {
            if (window.get().warn()) {
                return new CallingDecision(CallingDecision.Verdict.ALLOWED_WITH_WARNING,
                        new Message("calls.hours.warn", window.get().to().format(TIME)),
                        null);
            }
            return CallingDecision.allowed();
        }
        Optional<ZonedDateTime> next = nextOpening(local);
        String reasonKey = holidays.contains(date) ? "calls.hours.holiday"
                : !legal.contains(local.toLocalTime()) ? "calls.hours.legal"
                : window.isEmpty() ? "calls.hours.closedDay" : "calls.hours.outside";
        Object opens = next.<Object>map(n -> describe(n, date)).orElse("-");
        return new CallingDecision(CallingDecision.Verdict.BLOCKED, new Message(reasonKey, opens), next.orElse(null));
    }

    /** The first allowed moment at or after {@code from}, within a month; empty when none. */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime from) {
        LocalDate date = from.toLocalDate();
        for (int i = 0; i <= LOOKAHEAD_DAYS; i++, date = date.plusDays(1)) {
            Optional<CallingHours.Window> window = hours.window(date.getDayOfWeek());
            if (window.isEmpty() || holidays.contains(date)) {
                continue;
            }
            LocalTime opens = window.get().from();
            if (i == 0) {
                LocalTime now = from.toLocalTime();
                if (!now.isBefore(window.get().to())) {
                    continue;
                }
                if (now.isAfter(opens)) {
                    return Optional.of(from);
                }
            }
            return Optional.of(ZonedDateTime.of(date, opens, from.getZone()));
        }
        return Optional.empty();
    }

    /**
     * A time as the agent reads it: "09:00" on {@code today}, "03-16 (월) 09:00" / "03-16 (Mon) 09:00"
     * on another day (the weekday in the reader's language, as {@code ui/common/DayTime} writes it).
     */
    public static Message describe(ZonedDateTime opening, LocalDate today) {
        if (opening.toLocalDate().equals(today)) {
            return new Message("common.timeToday", opening.format(TIME));
        }
        return new Message("common.dayAndTime", opening.format(DAY),
                new Message("common.weekday." + opening.getDayOfWeek().name()), opening.format(TIME));
    }
}

package dev.dialdesk.domain.calls;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The allowed calling window of each weekday, in the callee's local time. A day without a window is
 * closed. Written as text for the settings file: {@code MON-FRI 09:00-21:00; SAT 10:00-18:00 warn}.
 */
public final class CallingHours {

    /** One day's window: from (inclusive) to (exclusive); {@code warn} asks the agent to think twice. */
    public record Window(LocalTime from, LocalTime to, boolean warn) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a calling window must end after it starts");
            }
        }

        public boolean contains(LocalTime time) {
            return !time.isBefore(from) && time.isBefore(to);
        }
    }

    /** Mon–Fri 09:00–21:00, Saturday 10:00–18:00 with a warning, Sunday closed. */
    public static final String DEFAULT_TEXT = "MON-FRI 09:00-21:00; SAT 10:00-18:00 warn";

    private final Map<DayOfWeek, Window> windows;

    public CallingHours(Map<DayOfWeek, Window> windows) {
        this.windows = new EnumMap<>(DayOfWeek.class);
        this.windows.putAll(windows);
    }

    public static CallingHours defaults() {
        return parse(DEFAULT_TEXT);
    }

    public Optional<Window> window(DayOfWeek day) {
        return Optional.ofNullable(windows.get(day));
    }

    /**
     * Parses {@code DAY[-DAY] HH:mm-HH:mm [warn]} entries separated by ';'. Days are MON … SUN.
     *
     * @throws IllegalArgumentException with what is wrong
     */
    public static CallingHours parse(String text) {
        Map<DayOfWeek, Window> windows = new EnumMap<>(DayOfWeek.class);
        for (String entry : text.split(";")) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length == 1 && parts[0].isEmpty()) {
                continue;
            }
            if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !"warn".equalsIgnoreCase(parts[2])) {
                throw new IllegalArgumentException("calling hours entry must be 'DAY[-DAY] HH:mm-HH:mm [warn]': " + entry);
            }
            String[] times = parts[1].split("-");
            if (times.length != 2) {
                throw new IllegalArgumentException("calling window must be HH:mm-HH:mm: " + parts[1]);
            }
            Window window = new Window(LocalTime.parse(times[0]), LocalTime.parse(times[1]), parts.length == 3);
            for (DayOfWeek day : days(parts[0])) {
                windows.put(day, window);
            }
        }
        return new CallingHours(windows);
    }

    private static List<DayOfWeek> days(String range) {
        String[] ends = range.toUpperCase(Locale.ROOT).split("-");
        DayOfWeek first = day(ends[0]);
        DayOfWeek last = ends.length > 1 ? day(ends[1]) : first;
        List<DayOfWeek> days = new ArrayList<>();
        for (DayOfWeek d = first; ; d = d.plus(1)) {
            days.add(d);
            if (d == last) {
                return days;
            }
        }
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation) && abbreviation.length() == 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day: " + abbreviation + " (use MON … SUN)");
    }

    /**
     * These hours with every window cut to {@code legal}; a day whose window lies wholly outside it is
     * closed. The calling-hours setting can narrow the law's window, never widen it.
     */
    public CallingHours within(LegalWindow legal) {
        Map<DayOfWeek, Window> cut = new EnumMap<>(DayOfWeek.class);
        windows.forEach((day, w) -> {
            LocalTime from = w.from().isBefore(legal.from()) ? legal.from() : w.from();
            LocalTime to = w.to().isAfter(legal.to()) ? legal.to() : w.to();
            if (from.isBefore(to)) {
                cut.put(day, new Window(from, to, w.warn()));
            }
        });
        return new CallingHours(cut);
    }

    /** The text form, one entry per day: {@code MON 09:00-21:00; …}. */
    public String format() {
        List<String> entries = new ArrayList<>();
        windows.forEach((day, w) -> entries.add(day.name().substring(0, 3) + " " + w.from() + "-" + w.to()
                + (w.warn() ? " warn" : "")));
        return String.join("; ", entries);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallingHours h && h.windows.equals(windows);
    }

    @Override
    public int hashCode() {
        return windows.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}

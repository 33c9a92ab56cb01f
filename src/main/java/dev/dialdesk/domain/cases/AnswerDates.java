package dev.dialdesk.domain.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a party gave in an answer: "parts on 12-04", "12/4", "12월 4일", "2026-12-04",
 * "3 weeks" / "3주", "10 days" / "10일 후". A month and day before today mean next year.
 */
public final class AnswerDates {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern KOREAN = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d-])(\\d{1,2})[-/.](\\d{1,2})(?![\\d-])");
    private static final Pattern WEEKS = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(주|weeks?\\b)");
    private static final Pattern DAYS = Pattern.compile("(?<!\\d)(\\d{1,3})\\s*(일\\s*(후|뒤)|days?\\b)");

    private AnswerDates() {
    }

    /** The date in {@code answer}, counted from {@code today}; empty when it names none. */
    public static Optional<LocalDate> find(String answer, LocalDate today) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(answer);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
        }
        for (Pattern p : new Pattern[] {KOREAN, MONTH_DAY}) {
            m = p.matcher(answer);
            while (m.find()) {
                Optional<LocalDate> d = date(today.getYear(), m.group(1), m.group(2));
                if (d.isPresent()) {
                    return Optional.of(d.get().isBefore(today) ? d.get().plusYears(1) : d.get());
                }
            }
        }
        m = WEEKS.matcher(answer);
        if (m.find()) {
            return Optional.of(today.plusWeeks(Integer.parseInt(m.group(1))));
        }
        m = DAYS.matcher(answer);
        if (m.find()) {
            return Optional.of(today.plusDays(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

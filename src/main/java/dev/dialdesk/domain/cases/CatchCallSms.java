package dev.dialdesk.domain.cases;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a catch-call SMS ("010-1234-5678님이 전화하셨습니다 14:05", "[캐치콜] 01012345678 12/01 07:02"):
 * the number as written (to be normalised) and the time, on the day it names or else {@code today}.
 */
public final class CatchCallSms {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d+])((?:\\+82[- ]?)?0?\\d{1,3}-?\\d{3,4}-?\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<![\\d-])(\\d{1,2})[/.](\\d{1,2})(?![\\d-])");

    /** The number as written in the message and when it called. */
    public record Notice(String number, LocalDate day, LocalTime time) {
    }

    private CatchCallSms() {
    }

    /** Empty when the text holds no number. */
    public static Optional<Notice> read(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.find()) {
            return Optional.empty();
        }
        String rest = text.substring(0, number.start()) + " " + text.substring(number.end());
        Matcher time = TIME.matcher(rest);
        LocalTime at = time.find() ? LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2))) : null;
        Matcher day = DAY.matcher(rest);
        LocalDate on = today;
        if (day.find()) {
            try {
                on = LocalDate.of(today.getYear(), Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
                on = on.isAfter(today) ? on.minusYears(1) : on;
            } catch (java.time.DateTimeException e) {
                on = today;
            }
        }
        return Optional.of(new Notice(number.group(1).strip(), on, at));
    }
}

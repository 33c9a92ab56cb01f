package dev.dialdesk.service.imports;

import dev.dialdesk.domain.Gender;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads birth dates and genders as the centre's files write them. Never guesses. */
public final class LeadValues {

    private static final Map<String, Gender> GENDERS = Map.ofEntries(
            Map.entry("남", Gender.MALE), Map.entry("남자", Gender.MALE), Map.entry("남성", Gender.MALE),
            Map.entry("m", Gender.MALE), Map.entry("male", Gender.MALE), Map.entry("man", Gender.MALE),
            Map.entry("여", Gender.FEMALE), Map.entry("여자", Gender.FEMALE), Map.entry("여성", Gender.FEMALE),
            Map.entry("f", Gender.FEMALE), Map.entry("female", Gender.FEMALE), Map.entry("woman", Gender.FEMALE));

    private static final Pattern KOREAN = Pattern.compile("(\\d{2}|\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일?");
    private static final Pattern SHORT = Pattern.compile("(\\d{2})([./-])(\\d{1,2})\\2(\\d{1,2})\\.?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private LeadValues() {
    }

    /** How a birth date cell read. */
    public enum DateProblem {
        /** Written in none of the accepted forms. */
        UNREADABLE,
        /** Well written but not in the calendar (1975-02-30). */
        NONEXISTENT
    }

    /** A date, or why there is none; both null for an empty cell. */
    public record BirthDate(LocalDate date, DateProblem problem) {
        static final BirthDate EMPTY = new BirthDate(null, null);
    }

    /** Gender from 남/여, 남자/여자, 남성/여성, M/F, male/female; anything else is unknown. */
    public static Gender gender(String text) {
        if (text == null || text.isBlank()) {
            return Gender.UNKNOWN;
        }
        return GENDERS.getOrDefault(text.strip().toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** {@link #birthDate(String, LocalDate)} without the forms that need today's date (two-digit years, serials). */
    public static BirthDate birthDate(String text) {
        return birthDate(text, null);
    }

    /**
     * Accepts 1975-03-02, 19750302, 1975.03.02 (also with a final '.'), 1975/03/02 (month and day may
     * have one digit), {@code 1975년 3월 2일}, and with {@code today} also two-digit years ({@code 760714},
     * {@code 75.03.02}, {@code 75년 3월 2일}: the century that makes the person 0 to 100 years old) and
     * Excel serial numbers ({@code 27455}).
     */
    public static BirthDate birthDate(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return BirthDate.EMPTY;
        }
        String s = text.strip().replaceFirst("\\s+0{1,2}:00(:00)?$", "");
        BirthDate other = otherForms(s, today);
        if (other != null) {
            return other;
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        int[] parts = s.length() == 8 && allDigits(s, 0, 8)
                ? new int[] {number(s, 0, 4), number(s, 4, 6), number(s, 6, 8)}
                : splitDate(s);
        if (parts == null) {
            return new BirthDate(null, DateProblem.UNREADABLE);
        }
        int year = parts[0];
        int month = parts[1];
        int day = parts[2];
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return new BirthDate(null, DateProblem.NONEXISTENT);
        }
        return new BirthDate(LocalDate.of(year, month, day), null);
    }

    /** The forms people type beside ISO: Korean words, two-digit years, Excel serials; null for none. */
    private static BirthDate otherForms(String s, LocalDate today) {
        Matcher korean = KOREAN.matcher(s);
        if (korean.matches()) {
            return date(year(korean.group(1), today), Integer.parseInt(korean.group(2)), Integer.parseInt(korean.group(3)));
        }
        if (today == null) {
            return null;
        }
        if (s.length() == 6 && allDigits(s, 0, 6)) {
            return date(year(s.substring(0, 2), today), number(s, 2, 4), number(s, 4, 6));
        }
        Matcher shortForm = SHORT.matcher(s);
        if (shortForm.matches()) {
            return date(year(shortForm.group(1), today), Integer.parseInt(shortForm.group(3)),
                    Integer.parseInt(shortForm.group(4)));
        }
        if ((s.length() == 4 || s.length() == 5) && allDigits(s, 0, s.length())) {
            LocalDate serial = EXCEL_EPOCH.plusDays(Integer.parseInt(s));
            return serial.isAfter(today) ? new BirthDate(null, DateProblem.UNREADABLE) : new BirthDate(serial, null);
        }
        return null;
    }

    /** A two-digit year in the century that makes the person 0 to 100 years old; -1 when unknown. */
    private static int year(String digits, LocalDate today) {
        int value = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return value;
        }
        if (today == null) {
            return -1;
        }
        int century = today.getYear() / 100 * 100;
        return century + value > today.getYear() ? century - 100 + value : century + value;
    }

    private static BirthDate date(int year, int month, int day) {
        if (year < 0) {
            return new BirthDate(null, DateProblem.UNREADABLE);
        }
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return new BirthDate(null, DateProblem.NONEXISTENT);
        }
        return new BirthDate(LocalDate.of(year, month, day), null);
    }

    /** yyyy?m?d with one separator among '-', '.', '/' used twice. */
    private static int[] splitDate(String s) {
        if (s.length() < 8 || s.length() > 10 || !allDigits(s, 0, 4)) {
            return null;
        }
        char separator = s.charAt(4);
        if (separator != '-' && separator != '.' && separator != '/') {
            return null;
        }
        int second = s.indexOf(separator, 5);
        if (second < 6 || second > 7 || s.length() - second - 1 < 1 || s.length() - second - 1 > 2
                || !allDigits(s, 5, second) || !allDigits(s, second + 1, s.length())) {
            return null;
        }
        return new int[] {number(s, 0, 4), number(s, 5, second), number(s, second + 1, s.length())};
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }
}

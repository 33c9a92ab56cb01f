package dev.dialdesk.service.imports;

import dev.dialdesk.domain.Gender;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/** Reads birth dates and genders as the centre's files write them. Never guesses. */
public final class LeadValues {

    private static final Map<String, Gender> GENDERS = Map.ofEntries(
            Map.entry("남", Gender.MALE), Map.entry("남자", Gender.MALE), Map.entry("남성", Gender.MALE),
            Map.entry("m", Gender.MALE), Map.entry("male", Gender.MALE), Map.entry("man", Gender.MALE),
            Map.entry("여", Gender.FEMALE), Map.entry("여자", Gender.FEMALE), Map.entry("여성", Gender.FEMALE),
            Map.entry("f", Gender.FEMALE), Map.entry("female", Gender.FEMALE), Map.entry("woman", Gender.FEMALE));

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

    /** Accepts 1975-03-02, 19750302, 1975.03.02 (also with a final '.'), 1975/03/02; month and day may have one digit. */
    public static BirthDate birthDate(String text) {
        if (text == null || text.isBlank()) {
            return BirthDate.EMPTY;
        }
        String s = text.strip();
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

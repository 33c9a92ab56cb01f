package dev.dialdesk.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean resident registration numbers (주민등록번호, {@code YYMMDD-NNNNNNN}): Dialdesk never stores one
 * (개인정보보호법 Art. 24-2). This finds them in text, removes them, and reads the birth date and gender
 * they carry (the seventh digit gives the century and the gender).
 */
public final class ResidentNumbers {

    /** With its dash (or a space): the form that marks a value as one wherever it stands. */
    private static final Pattern MARKED = Pattern.compile("(?<!\\d)(\\d{2})(\\d{2})(\\d{2})[-\\s]([0-9])\\d{6}(?!\\d)");
    /** Thirteen digits in a row: a resident number only in a column whose header says so. */
    private static final Pattern BARE = Pattern.compile("^(\\d{2})(\\d{2})(\\d{2})-?([0-9])\\d{6}$");
    private static final String MASK = "******-*******";

    /** What a resident number tells. */
    public record Born(LocalDate birthDate, Gender gender) {
    }

    private ResidentNumbers() {
    }

    /** Whether {@code text} holds a resident number written with its dash (a real date in front). */
    public static boolean contains(String text) {
        if (text == null || text.length() < 14 || text.indexOf('-') < 0 && text.indexOf(' ') < 0) {
            return false;
        }
        Matcher m = MARKED.matcher(text);
        while (m.find()) {
            if (born(m).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every resident number replaced by asterisks. */
    public static String scrub(String text) {
        if (!contains(text)) {
            return text;
        }
        Matcher m = MARKED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, born(m).isPresent() ? MASK : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The birth date and gender of the first resident number in {@code text}; with {@code column} true
     * (the column's header names resident numbers) thirteen bare digits count too.
     */
    public static Optional<Born> read(String text, boolean column) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        Matcher m = column ? BARE.matcher(value) : MARKED.matcher(value);
        if (column ? m.matches() : m.find()) {
            return born(m);
        }
        if (column) {
            Matcher marked = MARKED.matcher(value);
            return marked.find() ? born(marked) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Born> born(Matcher m) {
        int yy = Integer.parseInt(m.group(1));
        int mm = Integer.parseInt(m.group(2));
        int dd = Integer.parseInt(m.group(3));
        int code = m.group(4).charAt(0) - '0';
        int century = switch (code) {
            case 1, 2, 5, 6 -> 1900;
            case 3, 4, 7, 8 -> 2000;
            default -> 1800;
        };
        try {
            LocalDate date = LocalDate.of(century + yy, mm, dd);
            return Optional.of(new Born(date, code % 2 == 1 ? Gender.MALE : Gender.FEMALE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

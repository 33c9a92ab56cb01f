package dev.dialdesk.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Objects;
import java.util.Optional;

/**
 * A normalised telephone number, kept as E.164 ({@code +821012345678}) and shown in the national
 * format of its region ({@code 010-1234-5678}).
 *
 * <p>Parsing goes through libphonenumber; {@link #parse(String, String)} accepts every way the
 * centre's files write numbers (010-1234-5678, 01012345678, +82 10-1234-5678, (010)1234-5678,
 * 02-123-4567) and refuses letters and impossible numbers.
 */
public final class PhoneNumber implements Comparable<PhoneNumber> {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String e164;

    private PhoneNumber(String e164) {
        this.e164 = e164;
    }

    /** Why a text is not a phone number. */
    public enum Problem {
        EMPTY,
        LETTERS,
        INVALID
    }

    /** The outcome of parsing: a number or the problem. */
    public record Parsed(PhoneNumber number, Problem problem) {
        public boolean ok() {
            return number != null;
        }
    }

    /**
     * Parses {@code raw} with {@code defaultRegion} (ISO 3166 code such as {@code KR}) for numbers
     * written without a country code.
     */
    public static Parsed parse(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return new Parsed(null, Problem.EMPTY);
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                return new Parsed(null, Problem.LETTERS);
            }
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw, defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return new Parsed(null, Problem.INVALID);
            }
            return new Parsed(new PhoneNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)), null);
        } catch (NumberParseException e) {
            return new Parsed(null, Problem.INVALID);
        }
    }

    /**
     * {@code raw} as a number of exactly a possible length for its region that libphonenumber's
     * allocation data does not know (yet): the metadata lags the carriers. Empty when it is not even
     * possible.
     */
    public static Optional<PhoneNumber> possible(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank() || raw.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(raw, defaultRegion);
            if (UTIL.isPossibleNumberWithReason(number) != PhoneNumberUtil.ValidationResult.IS_POSSIBLE) {
                return Optional.empty();
            }
            return Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Wraps a number already stored as E.164 (from the database). */
    public static PhoneNumber ofE164(String e164) {
        Objects.requireNonNull(e164, "e164");
        if (!e164.startsWith("+")) {
            throw new IllegalArgumentException("not E.164: must start with '+'");
        }
        return new PhoneNumber(e164);
    }

    /** Parses or returns empty: for search boxes and command lines. */
    public static Optional<PhoneNumber> tryParse(String raw, String defaultRegion) {
        return Optional.ofNullable(parse(raw, defaultRegion).number());
    }

    public String e164() {
        return e164;
    }

    /** The number as people in its region write it: {@code 010-1234-5678}, {@code 02-123-4567}. */
    public String national() {
        try {
            Phonenumber.PhoneNumber number = UTIL.parse(e164, null);
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    /** The national number as digits only ({@code 01012345678}): what search matches against. */
    public String nationalDigits() {
        return digitsOf(national());
    }

    /** The ASCII digits of {@code text}, in order ({@code "02-123-4567"} is {@code 021234567}). */
    public static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** For logs: never a full number. {@code +82******5678}. */
    public String masked() {
        return mask(e164);
    }

    /**
     * For a person's screen where the whole number need not show (a status line): the national form
     * with the digits between the first group and the last four masked, {@code 010-****-5678}.
     */
    public String maskedNational() {
        String national = national();
        int firstGroupEnd = 0;
        while (firstGroupEnd < national.length() && Character.isDigit(national.charAt(firstGroupEnd))) {
            firstGroupEnd++;
        }
        if (firstGroupEnd == national.length()) {
            firstGroupEnd = Math.min(3, national.length());
        }
        StringBuilder out = new StringBuilder(national);
        int keep = 4;
        for (int i = out.length() - 1; i >= firstGroupEnd; i--) {
            if (Character.isDigit(out.charAt(i))) {
                if (keep > 0) {
                    keep--;
                } else {
                    out.setCharAt(i, '*');
                }
            }
        }
        return out.toString();
    }

    /** Masks all but the last four digits of any number text, for logs. */
    public static String mask(String number) {
        if (number == null) {
            return "null";
        }
        int keep = Math.min(4, number.length());
        int prefix = number.startsWith("+") ? Math.min(3, number.length() - keep) : 0;
        return number.substring(0, prefix)
                + "*".repeat(number.length() - keep - prefix)
                + number.substring(number.length() - keep);
    }

    @Override
    public int compareTo(PhoneNumber other) {
        return e164.compareTo(other.e164);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber p && p.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    /** Masked, so that a number logged by accident leaks nothing. */
    @Override
    public String toString() {
        return masked();
    }
}

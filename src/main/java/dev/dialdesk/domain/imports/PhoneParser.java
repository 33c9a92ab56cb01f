package dev.dialdesk.domain.imports;

import dev.dialdesk.domain.PhoneNumber;

/**
 * Normalises the phone numbers of an import. libphonenumber takes several microseconds a number, too
 * slow for a million rows, so the commonest form in Korean files, a mobile number {@code 010} plus
 * eight digits written with any of {@code - . ( )} and spaces, or as {@code +82 10 …}, takes a fast path
 * that yields exactly libphonenumber's E.164. Whether a number is valid depends on its first block
 * ({@code 010-5970-…} is not): the first number seen of each block is checked by libphonenumber and the
 * answer remembered. Everything else goes to libphonenumber. One instance per import (not thread-safe).
 */
public final class PhoneParser {

    private static final byte UNKNOWN = 0;
    private static final byte VALID = 1;
    private static final byte INVALID = 2;

    private final String region;
    private final boolean fastPath;
    private final byte[] mobileBlocks = new byte[10_000];
    private final char[] digits = new char[24];

    public PhoneParser(String region) {
        this.region = region;
        this.fastPath = "KR".equals(region);
    }

    /**
     * A number, or why not.
     *
     * @param unallocated the number is possible but not in libphonenumber's allocation data: imported
     *                    with a warning, never lost
     */
    public record Result(PhoneNumber number, PhoneNumber.Problem problem, boolean unallocated) {
        public boolean ok() {
            return number != null;
        }
    }

    /**
     * Like {@link #parse} but a possible number that the allocation data does not know is taken (with
     * {@code unallocated}); a Korean mobile number (010) must have its 8 digits after 010.
     */
    public Result read(String raw) {
        PhoneNumber.Parsed parsed = parse(raw);
        if (parsed.ok()) {
            return wrongMobileLength(parsed.number()) ? new Result(null, PhoneNumber.Problem.INVALID, false)
                    : new Result(parsed.number(), null, false);
        }
        if (parsed.problem() != PhoneNumber.Problem.INVALID) {
            return new Result(null, parsed.problem(), false);
        }
        PhoneNumber possible = PhoneNumber.possible(raw, region).orElse(null);
        // Only the 010 mobile range is taken on length alone: it has no unassigned shape, while a
        // landline or service number the data does not know may be anything (a customer no. included).
        if (possible == null || !possible.e164().startsWith("+8210") || wrongMobileLength(possible)) {
            return new Result(null, PhoneNumber.Problem.INVALID, false);
        }
        return new Result(possible, null, true);
    }

    /** A Korean 010 number is 010 and eight digits: one with a digit missing is refused, never stored. */
    private static boolean wrongMobileLength(PhoneNumber number) {
        String e164 = number.e164();
        return e164.startsWith("+8210") && e164.length() != 13;
    }

    public PhoneNumber.Parsed parse(String raw) {
        if (fastPath && raw != null) {
            PhoneNumber.Parsed fast = fastKoreanMobile(raw);
            if (fast != null) {
                return fast;
            }
        }
        return PhoneNumber.parse(raw, region);
    }

    /** The fast path's answer, or null when the text is not a plain Korean mobile number. */
    private PhoneNumber.Parsed fastKoreanMobile(String raw) {
        int count = 0;
        boolean plus = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (count == digits.length) {
                    return null;
                }
                digits[count++] = c;
            } else if (c == '+' && count == 0 && !plus) {
                plus = true;
            } else if (c != '-' && c != ' ' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        int start;
        if (plus) {
            if (count != 12 || digits[0] != '8' || digits[1] != '2') {
                return null;
            }
            start = 2;
        } else {
            if (count != 11 || digits[0] != '0') {
                return null;
            }
            start = 1;
        }
        if (digits[start] != '1' || digits[start + 1] != '0') {
            return null;
        }
        String national = new String(digits, start, 10);
        int block = (digits[start + 2] - '0') * 1000 + (digits[start + 3] - '0') * 100
                + (digits[start + 4] - '0') * 10 + (digits[start + 5] - '0');
        byte known = mobileBlocks[block];
        if (known == UNKNOWN) {
            PhoneNumber.Parsed checked = PhoneNumber.parse("0" + national, "KR");
            mobileBlocks[block] = checked.ok() ? VALID : INVALID;
            return checked;
        }
        return known == VALID
                ? new PhoneNumber.Parsed(PhoneNumber.ofE164("+82" + national), null)
                : new PhoneNumber.Parsed(null, PhoneNumber.Problem.INVALID);
    }
}

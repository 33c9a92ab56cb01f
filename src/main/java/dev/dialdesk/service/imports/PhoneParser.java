package dev.dialdesk.service.imports;

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

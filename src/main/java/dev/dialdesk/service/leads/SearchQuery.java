package dev.dialdesk.service.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search text taken apart: every term must match a lead. A term is a piece of a name (substring,
 * Latin letters case-insensitive) or a piece of a phone number, matched on its national digits
 * however the agent typed it: {@code 5678}, {@code 010-1234}, {@code +82 10-1234} and {@code 8210 1234}
 * all find {@code 010-1234-5678}.
 */
public final class SearchQuery {

    /** One term: a lower-case name piece, or the digit strings any one of which may match. */
    record Term(String namePart, String[] digitAlternatives) {
        boolean isPhone() {
            return digitAlternatives != null;
        }
    }

    private final List<Term> terms;

    private SearchQuery(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static SearchQuery parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        List<Term> terms = new ArrayList<>();
        if (trimmed.isEmpty()) {
            return new SearchQuery(terms);
        }
        if (isPhoneLike(trimmed)) {
            terms.add(phoneTerm(trimmed));
            return new SearchQuery(terms);
        }
        for (String token : trimmed.split("\\s+")) {
            terms.add(isPhoneLike(token) ? phoneTerm(token) : new Term(token.toLowerCase(Locale.ROOT), null));
        }
        return new SearchQuery(terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    List<Term> terms() {
        return terms;
    }

    /** Digits and the punctuation people write numbers with, and at least one digit. */
    static boolean isPhoneLike(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("+-(). ".indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return digit;
    }

    /**
     * The national digits to look for. A leading {@code +82} is the country code: mapped to the
     * trunk {@code 0}. A bare leading {@code 82} may be either, so both are tried.
     */
    static Term phoneTerm(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String raw = digits.toString();
        boolean plus = text.strip().startsWith("+");
        if (raw.startsWith("82") && raw.length() > 2) {
            String national = "0" + raw.substring(2);
            if (national.startsWith("00")) {
                national = national.substring(1);
            }
            return new Term(null, plus ? new String[] {national} : new String[] {raw, national});
        }
        return new Term(null, new String[] {raw});
    }
}

package dev.dialdesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lead's other numbers and its extension, kept in the lead's extra fields under marked keys: an
 * alternate under {@code "자택전화 (alt)"} (national form, several separated by ", "), the extension
 * of the lead's number under {@code "휴대폰 (ext)"}. The import writes them so; search, the
 * do-not-call list and the dialers read them here.
 */
public final class LeadPhones {

    /** Ends the key of an extra field that holds alternate numbers. */
    public static final String ALTERNATE_MARK = " (alt)";
    /** Ends the key of the extra field that holds the extension dialled after the lead's number. */
    public static final String EXTENSION_MARK = " (ext)";
    /** Separates several alternates in one value. */
    public static final String SEPARATOR = ", ";

    private LeadPhones() {
    }

    /** The alternate numbers that still parse as numbers (Korean default region), in key order. */
    public static List<PhoneNumber> alternates(Map<String, String> extra) {
        List<PhoneNumber> numbers = new ArrayList<>();
        extra.entrySet().stream().filter(e -> e.getKey().endsWith(ALTERNATE_MARK))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> {
                    for (String part : e.getValue().split(",")) {
                        PhoneNumber.tryParse(part.strip(), "KR").filter(n -> !numbers.contains(n)).ifPresent(numbers::add);
                    }
                });
        return numbers;
    }

    /**
     * The digits of every alternate, joined by {@code '|'} (a digit search never crosses it), or null
     * when there is none: the lead list's searchable form, computed without parsing.
     */
    public static String alternateDigits(Map<String, String> extra) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (!e.getKey().endsWith(ALTERNATE_MARK)) {
                continue;
            }
            for (String part : e.getValue().split(",")) {
                String digits = PhoneNumber.digitsOf(part);
                if (!digits.isEmpty()) {
                    out.append(out.length() == 0 ? "" : "|").append(digits);
                }
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** The extension of the lead's number (digits only), or "". */
    public static String extension(Map<String, String> extra) {
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (e.getKey().endsWith(EXTENSION_MARK)) {
                return PhoneNumber.digitsOf(e.getValue());
            }
        }
        return "";
    }
}

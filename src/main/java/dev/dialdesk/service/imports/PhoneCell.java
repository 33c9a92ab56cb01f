package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.PhoneParser;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phone cell as Excel or a person left it, salvaged but never guessed: full-width digits and dashes,
 * Unicode hyphens, {@code ="010…"}, a leading apostrophe, {@code 0082}/{@code 82}/{@code +82 (0)}
 * prefixes, a bracketed note ({@code (본인)}: kept as the note), an extension ({@code 내선 123},
 * {@code ext. 12}, {@code #205}), a number Excel wrote as {@code 1012345605.0} or in full-precision
 * scientific notation, a leading zero Excel dropped (only when the number with it is valid), and two
 * numbers in one cell (the first valid one is the lead's, the rest alternates). A number Excel rounded
 * ({@code 1.01235E+10}) is rejected with a reason that says so.
 *
 * @param number     the lead's number, or null when the cell is rejected
 * @param alternates the cell's other valid numbers
 * @param extension  digits dialled after the number, or ""
 * @param note       what was in brackets beside the number, or ""
 * @param problem    why the cell is rejected, or null
 * @param warning    a warning for the line (a possible number not in the allocation data), or null
 */
public record PhoneCell(PhoneNumber number, List<PhoneNumber> alternates, String extension, String note,
                        Message problem, Message warning) {

    private static final Pattern EXTENSION = Pattern.compile(
            "(?:내선|ext\\.?|extension|x|#)\\s*(\\d{1,6})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile("[(\\[]([^)\\]]*\\p{L}[^)\\]]*)[)\\]]");
    private static final Pattern SCIENTIFIC = Pattern.compile("^(\\d)(?:\\.(\\d+))?[eE]\\+?(\\d{1,2})$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[/,;|\\n]|\\s또는\\s|\\sor\\s)\\s*");
    /** Excel's General format shows at most this many significant digits of a large number. */
    private static final int EXCEL_GENERAL_DIGITS = 6;

    public PhoneCell {
        alternates = List.copyOf(alternates);
    }

    static PhoneCell rejected(Message problem) {
        return new PhoneCell(null, List.of(), "", "", problem, null);
    }

    public boolean ok() {
        return number != null;
    }

    /** Reads {@code raw} with {@code phones}, salvaging what can be salvaged without guessing. */
    public static PhoneCell read(String raw, PhoneParser phones) {
        String text = clean(raw == null ? "" : raw);
        if (text.isEmpty()) {
            return rejected(new Message("import.rejected.noPhone"));
        }
        if (plain(text)) { // the common case, without the salvage's patterns
            PhoneParser.Result parsed = phones.read(text);
            if (parsed.ok()) {
                return new PhoneCell(parsed.number(), List.of(), "", "", null, parsed.unallocated()
                        ? new Message("import.warning.unallocated", parsed.number().national()) : null);
            }
        }
        String note = "";
        Matcher notes = NOTE.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (notes.find()) {
            note = note.isEmpty() ? notes.group(1).strip() : note + ", " + notes.group(1).strip();
            notes.appendReplacement(kept, " ");
        }
        notes.appendTail(kept);
        text = kept.toString().strip();
        String extension = "";
        Matcher ext = EXTENSION.matcher(text);
        if (ext.find() && ext.start() > 0) {
            extension = ext.group(1);
            text = text.substring(0, ext.start()).strip();
        }
        List<String> parts = split(text);
        PhoneNumber first = null;
        Message firstProblem = null;
        Message warning = null;
        List<PhoneNumber> alternates = new ArrayList<>();
        for (String part : parts) {
            Single single = single(part, phones);
            if (single.number != null && first == null) {
                first = single.number;
                warning = single.warning;
            } else if (single.number != null && !single.number.equals(first)) {
                alternates.add(single.number);
            } else if (firstProblem == null) {
                firstProblem = single.problem;
            }
        }
        if (first == null) {
            return rejected(firstProblem == null ? new Message("import.rejected.invalidPhone", raw.strip()) : firstProblem);
        }
        return new PhoneCell(first, alternates, extension, note, null, warning);
    }

    private record Single(PhoneNumber number, Message problem, Message warning) {
    }

    private static Single single(String part, PhoneParser phones) {
        String text = part.strip();
        Matcher scientific = SCIENTIFIC.matcher(text);
        if (scientific.matches()) {
            String fraction = scientific.group(2) == null ? "" : scientific.group(2);
            int exponent = Integer.parseInt(scientific.group(3));
            if (fraction.length() < exponent && 1 + fraction.length() <= EXCEL_GENERAL_DIGITS) {
                return new Single(null, new Message("import.rejected.roundedByExcel", text), null);
            }
            text = new BigDecimal(text).toBigInteger().toString();
        } else if (text.matches("\\d+\\.0+")) {
            text = text.substring(0, text.indexOf('.'));
        }
        text = prefixes(text);
        PhoneParser.Result parsed = phones.read(text);
        if (!parsed.ok() && text.matches("[1-9]\\d{7,9}")) {
            PhoneParser.Result withZero = phones.read("0" + text); // the leading zero Excel dropped
            if (withZero.ok()) {
                parsed = withZero;
            }
        }
        if (!parsed.ok()) {
            return new Single(null, parsed.problem() == PhoneNumber.Problem.LETTERS
                    ? new Message("import.rejected.letters", part.strip())
                    : new Message("import.rejected.invalidPhone", part.strip()), null);
        }
        Message warning = parsed.unallocated() ? new Message("import.warning.unallocated", parsed.number().national()) : null;
        return new Single(parsed.number(), null, warning);
    }

    /** 0082 and a bare 82 before a 10-digit mobile become +82; "+82 (0)10" and "+82 010" lose the 0. */
    private static String prefixes(String text) {
        String t = text.replaceFirst("^00\\s*82", "+82");
        if (t.matches("82[\\s-]?1\\d[\\s-]?\\d{3,4}[\\s-]?\\d{4}")) {
            t = "+" + t;
        }
        return t.replaceFirst("^\\+82[\\s-]*\\(0\\)[\\s-]*", "+82 ").replaceFirst("^\\+82[\\s-]*0(?=\\d)", "+82 ");
    }

    /** Splits a cell with several numbers; a part keeps at least 7 digits or it is not a number of its own. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        for (String piece : SEPARATORS.split(text)) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] words = p.split("\\s+");
            if (words.length == 2 && digits(words[0]) >= 9 && digits(words[1]) >= 9) {
                parts.add(words[0]);
                parts.add(words[1]);
            } else {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? List.of(text) : parts;
    }

    private static int digits(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** Only digits, spaces and - + ( ): a number as people write it, nothing to salvage. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '-' && c != ' ' && c != '+' && c != '(' && c != ')') {
                return false;
            }
        }
        return text.length() <= 20 && !text.startsWith("00") && !text.startsWith("82") && !text.contains("(0)");
    }

    /** Full-width forms and Unicode dashes to ASCII; Excel's {@code ="…"} and leading apostrophe off. */
    public static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII
            } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\uFE63' || c == '\u30FC') {
                c = '-';
            } else if (c == '\u00A0' || c == '\u3000') {
                c = ' ';
            }
            out.append(c);
        }
        String text = out.toString().strip();
        if (text.startsWith("=\"") && text.endsWith("\"") && text.length() >= 3) {
            text = text.substring(2, text.length() - 1);
        } else if (text.startsWith("'")) {
            text = text.substring(1);
        }
        return text.strip();
    }
}

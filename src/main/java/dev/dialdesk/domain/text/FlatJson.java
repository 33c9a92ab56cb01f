package dev.dialdesk.domain.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A flat JSON object of strings ({@code {"key":"value",…}}), written and read without a JSON library:
 * the {@code lead.extra} column and the settings file (read and written without loading Jackson).
 * Nested documents are Jackson's, in io. Reading is strict: anything that is not such an object is refused with
 * {@link NotFlatException}, never guessed.
 */
public final class FlatJson {

    /** The text is not a flat JSON object of strings. */
    public static final class NotFlatException extends IllegalArgumentException {
        NotFlatException(String what, int at) {
            super("Not a flat JSON object of strings: " + what + " at " + at);
        }
    }

    private final String text;
    private int at;

    private FlatJson(String text) {
        this.text = text;
    }

    /** The map as a JSON object; null for an empty or null map (nothing to store). */
    public static String encode(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(32 * map.size());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            quote(out, entry.getKey());
            out.append(':');
            quote(out, entry.getValue() == null ? "" : entry.getValue());
        }
        return out.append('}').toString();
    }

    /** The map as a JSON object with one member a line, for files a person may open; {@code {}} when empty. */
    public static String encodeLines(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return "{}\n";
        }
        StringBuilder out = new StringBuilder(48 * map.size());
        out.append('{');
        String separator = "\n  ";
        for (Map.Entry<String, String> entry : map.entrySet()) {
            out.append(separator);
            separator = ",\n  ";
            quote(out, entry.getKey());
            out.append(" : ");
            quote(out, entry.getValue());
        }
        return out.append("\n}\n").toString();
    }

    /**
     * The object's members in text order; a repeated key keeps its last value (as Jackson does), a
     * JSON {@code null} value is a null. Null or blank text is an empty map.
     *
     * @throws NotFlatException when the text is anything else
     */
    public static Map<String, String> decode(String text) {
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        return new FlatJson(text).object();
    }

    /** Appends {@code text} as a JSON string (null as the empty string). */
    public static void quote(StringBuilder out, String text) {
        text = text == null ? "" : text;
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private Map<String, String> object(){
        Map<String, String> values = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            at++;
        } else {
            do {
                String key = string();
                expect(':');
                values.put(key, value());
            } while (comma());
            expect('}');
        }
        if (peek() != -1) {
            throw new NotFlatException("text after the object", at);
        }
        return values;
    }

    private String value(){
        if (peek() == '"') {
            return string();
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        throw new NotFlatException("not a string", at);
    }

    private boolean comma(){
        if (peek() == ',') {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c){
        if (peek() != c) {
            throw new NotFlatException("expected '" + c + "'", at);
        }
        at++;
    }

    /** The next character after white space, or -1 at the end. */
    private int peek() {
        while (at < text.length() && isWhiteSpace(text.charAt(at))) {
            at++;
        }
        return at < text.length() ? text.charAt(at) : -1;
    }

    private static boolean isWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private String string(){
        expect('"');
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new NotFlatException("control character in a string", at - 1);
            }
            out.append(c == '\\' ? escape() : c);
        }
        throw new NotFlatException("unterminated string", at);
    }

    private char escape(){
        if (at >= text.length()) {
            throw new NotFlatException("unterminated escape", at);
        }
        char c = text.charAt(at++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw new NotFlatException("unknown escape", at - 1);
        };
    }

    private char unicode(){
        if (at + 4 > text.length()) {
            throw new NotFlatException("short \\u escape", at);
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at++), 16);
            if (digit < 0) {
                throw new NotFlatException("bad \\u escape", at - 1);
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }
}

package dev.dialdesk.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a flat JSON object whose values are strings or {@code null} (the settings file as Dialdesk
 * writes it) without loading Jackson: Jackson's classes cost about 150 ms at every start. Anything
 * else (nested values, numbers, a BOM, a syntax error) is refused with {@link NotFlatException}, and
 * the caller reads the file with Jackson, so that every file gives what Jackson would give.
 */
final class FlatJsonObject {

    /** The text is not a flat object of strings: let Jackson read it. */
    static final class NotFlatException extends Exception {
        NotFlatException(String reason, int at) {
            super(reason + " at offset " + at);
        }
    }

    private final String text;
    private int at;

    private FlatJsonObject(String text) {
        this.text = text;
    }

    /** The object's members in file order; a repeated key keeps its last value, as with Jackson. */
    static Map<String, String> parse(String text) throws NotFlatException {
        return new FlatJsonObject(text).object();
    }

    private Map<String, String> object() throws NotFlatException {
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

    private String value() throws NotFlatException {
        if (peek() == '"') {
            return string();
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        throw new NotFlatException("not a string", at);
    }

    private boolean comma() throws NotFlatException {
        if (peek() == ',') {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws NotFlatException {
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

    private String string() throws NotFlatException {
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

    private char escape() throws NotFlatException {
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

    private char unicode() throws NotFlatException {
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

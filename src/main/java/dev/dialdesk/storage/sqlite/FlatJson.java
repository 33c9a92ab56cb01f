package dev.dialdesk.storage.sqlite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes a flat map of strings as a JSON object and back, for the {@code lead.extra} column.
 * Small on purpose: Jackson stays in {@code io}, and this column never nests.
 */
public final class FlatJson {

    private FlatJson() {
    }

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

    public static Map<String, String> decode(String json) {
        Map<String, String> map = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return map;
        }
        int[] pos = {skipSpace(json, 0)};
        expect(json, pos, '{');
        pos[0] = skipSpace(json, pos[0]);
        if (json.charAt(pos[0]) == '}') {
            return map;
        }
        while (true) {
            pos[0] = skipSpace(json, pos[0]);
            String key = readString(json, pos);
            pos[0] = skipSpace(json, pos[0]);
            expect(json, pos, ':');
            pos[0] = skipSpace(json, pos[0]);
            String value = readString(json, pos);
            map.put(key, value);
            pos[0] = skipSpace(json, pos[0]);
            char c = json.charAt(pos[0]++);
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                throw new IllegalArgumentException("Malformed extra-fields JSON at " + (pos[0] - 1));
            }
        }
    }

    private static void quote(StringBuilder out, String text) {
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

    private static String readString(String json, int[] pos) {
        expect(json, pos, '"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = json.charAt(pos[0]++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(pos[0]++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(pos[0], pos[0] + 4), 16));
                    pos[0] += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private static void expect(String json, int[] pos, char expected) {
        if (pos[0] >= json.length() || json.charAt(pos[0]) != expected) {
            throw new IllegalArgumentException("Malformed extra-fields JSON: expected '" + expected + "' at " + pos[0]);
        }
        pos[0]++;
    }

    private static int skipSpace(String json, int pos) {
        while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
            pos++;
        }
        return pos;
    }
}

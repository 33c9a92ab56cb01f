package dev.dialdesk.io;

import dev.dialdesk.domain.text.FlatJson;
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
        NotFlatException(String message) {
            super(message);
        }
    }

    private FlatJsonObject() {
    }

    /** The object's members in file order; a repeated key keeps its last value, as with Jackson. */
    static Map<String, String> parse(String text) throws NotFlatException {
        if (text.isBlank()) {
            throw new NotFlatException("empty file");
        }
        try {
            return FlatJson.decode(text);
        } catch (FlatJson.NotFlatException e) {
            throw new NotFlatException(e.getMessage());
        }
    }
}

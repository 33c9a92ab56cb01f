package dev.dialdesk.io.calls;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character-set rule for files from the centre: a BOM means UTF-8; else strict UTF-8; if that
 * fails, MS949 (CP949, what Excel in Korea writes).
 */
final class TextFileDecoder {

    static final Charset MS949 = Charset.forName("x-windows-949");

    /** Decoded text and the charset it was read in. */
    record Decoded(String text, Charset charset) {
    }

    private TextFileDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, MS949), MS949);
        }
    }
}

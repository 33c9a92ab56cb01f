package dev.dialdesk.io.calls;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text file from the centre read line by line, streaming, with the character-set rule of
 * {@link TextFileDecoder} (checked over the whole file without holding it) and a maximum line length:
 * a hostile file (one 100 MB line) ends in a clear error naming the file and the line, never in a
 * 100 MB string.
 */
final class TextLines implements AutoCloseable {

    private final Path file;
    private final int maxLineChars;
    private final Charset charset;
    private final Reader reader;
    private final char[] buffer = new char[16 * 1024];
    private final StringBuilder line = new StringBuilder(128);
    private int pos;
    private int limit;
    private long lineNumber;
    private boolean pendingCr;

    private TextLines(Path file, int maxLineChars, Charset charset, Reader reader) {
        this.file = file;
        this.maxLineChars = maxLineChars;
        this.charset = charset;
        this.reader = reader;
    }

    /** Opens {@code file}: a BOM means UTF-8; else strict UTF-8 over the whole file; else MS949. */
    static TextLines open(Path file, int maxLineChars) throws IOException {
        boolean bom = hasBom(file);
        Charset charset = bom || isStrictUtf8(file) ? StandardCharsets.UTF_8 : TextFileDecoder.MS949;
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        if (bom) {
            in.readNBytes(3);
        }
        Reader reader = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new TextLines(file, maxLineChars, charset, reader);
    }

    Charset charset() {
        return charset;
    }

    /** The 1-based number of the line last returned. */
    long lineNumber() {
        return lineNumber;
    }

    /**
     * The next line without its line break, or null at the end.
     *
     * @throws UserFacingException when the line is longer than the maximum
     */
    String next() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!any) {
                    return null;
                }
                lineNumber++;
                return line.toString();
            }
            char c = buffer[pos++];
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingCr = c == '\r';
                lineNumber++;
                return line.toString();
            }
            line.append(c);
            if (line.length() > maxLineChars) {
                throw new UserFacingException(new Message("calls.error.lineTooLong", file.toString(),
                        String.valueOf(lineNumber + 1), String.valueOf(maxLineChars)),
                        "Line " + (lineNumber + 1) + " of " + file.getFileName() + " is too long");
            }
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private static boolean hasBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    private static boolean isStrictUtf8(Path file) throws IOException {
        try (Reader strict = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] sink = new char[64 * 1024];
            while (strict.read(sink) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

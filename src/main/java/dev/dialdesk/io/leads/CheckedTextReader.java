package dev.dialdesk.io.leads;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes a text file in its character set and notes, per physical line, what makes the line
 * untrustworthy: a NUL byte (dropped from the text), bytes that do not decode in the file's character
 * set, or a line of UTF-8 Korean inside an MS949 file (two exports pasted together). Such lines are
 * rejected by the import with their line number, never stored garbled. UTF-16 text is checked by its
 * characters (NUL and undecodable units).
 */
final class CheckedTextReader extends Reader {

    /** What is wrong with a line. */
    enum Trouble { NUL, UNDECODABLE, OTHER_CHARSET }

    /** A line longer than this is handed on in pieces (the CSV reader's own limits then apply). */
    private static final int MAX_LINE_BYTES = 4 << 20;

    private final InputStream in;
    private final Reader utf16;
    private final boolean ms949;
    private final CharsetDecoder strict;
    private final CharsetDecoder lenient;
    private final Map<Long, Trouble> troubles = new HashMap<>();
    private final byte[] buffer = new byte[64 * 1024];
    private byte[] lineBytes = new byte[256];
    private int pos;
    private int limit;
    private CharBuffer pending = CharBuffer.allocate(0);
    private long line = 1;
    private boolean eof;

    /**
     * @param clean the whole file is known to decode (only the line numbers are tracked then)
     */
    CheckedTextReader(InputStream in, Charset charset, boolean clean) {
        this.in = in;
        this.utf16 = charset.name().startsWith("UTF-16")
                ? new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)) : null;
        this.ms949 = charset.equals(FileSniffer.MS949);
        this.strict = clean ? null : charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.lenient = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** The trouble of physical line {@code number}, once; null when it has none. */
    Trouble troubleOf(long number) {
        return troubles.isEmpty() ? null : troubles.remove(number);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (utf16 != null) {
            return readUtf16(target, offset, length);
        }
        int done = 0;
        while (done < length) {
            if (!pending.hasRemaining() && !decodeNextLine()) {
                break;
            }
            int n = Math.min(length - done, pending.remaining());
            pending.get(target, offset + done, n);
            done += n;
        }
        return done == 0 && length > 0 ? -1 : done;
    }

    private int readUtf16(char[] target, int offset, int length) throws IOException {
        int n = utf16.read(target, offset, length);
        int out = offset;
        for (int i = offset; i < offset + Math.max(n, 0); i++) {
            char c = target[i];
            if (c == 0) {
                troubles.putIfAbsent(line, Trouble.NUL);
                continue;
            }
            if (c == '\uFFFD') {
                troubles.putIfAbsent(line, Trouble.UNDECODABLE);
            } else if (c == '\n') {
                line++;
            }
            target[out++] = c;
        }
        return n < 0 ? -1 : out - offset;
    }

    /** Reads one physical line of bytes (with its '\n'), checks it and decodes it into {@link #pending}. */
    private boolean decodeNextLine() throws IOException {
        int length = 0;
        boolean complete = false;
        while (!complete && length < MAX_LINE_BYTES) {
            if (pos >= limit && !fill()) {
                break;
            }
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            if (pos < limit) {
                pos++;
                complete = true;
            }
            int chunk = pos - start;
            if (length + chunk > lineBytes.length) {
                lineBytes = java.util.Arrays.copyOf(lineBytes, Math.max(lineBytes.length * 2, length + chunk));
            }
            System.arraycopy(buffer, start, lineBytes, length, chunk);
            length += chunk;
        }
        if (length == 0) {
            return false;
        }
        length = dropNul(length);
        pending = decode(length);
        if (complete) {
            line++;
        }
        return true;
    }

    private int dropNul(int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            if (lineBytes[i] == 0) {
                troubles.putIfAbsent(line, Trouble.NUL);
            } else {
                lineBytes[out++] = lineBytes[i];
            }
        }
        return out;
    }

    private CharBuffer decode(int length) {
        if (strict == null) {
            return lenientDecode(length);
        }
        try {
            CharBuffer text = strict.reset().decode(ByteBuffer.wrap(lineBytes, 0, length));
            if (ms949 && isKoreanUtf8(length)) {
                troubles.putIfAbsent(line, Trouble.OTHER_CHARSET);
            }
            return text;
        } catch (CharacterCodingException e) {
            troubles.putIfAbsent(line, ms949 && isKoreanUtf8(length) ? Trouble.OTHER_CHARSET : Trouble.UNDECODABLE);
            return lenientDecode(length);
        }
    }

    private CharBuffer lenientDecode(int length) {
        try {
            return lenient.reset().decode(ByteBuffer.wrap(lineBytes, 0, length));
        } catch (CharacterCodingException impossible) { // REPLACE never reports
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Whether the line's bytes hold UTF-8 Hangul syllables (three-byte forms led by 0xEA-0xED): MS949
     * Korean text almost never forms them, so such a line was saved as UTF-8.
     */
    private boolean isKoreanUtf8(int length) {
        int hangul = 0;
        for (int i = 0; i + 2 < length; i++) {
            int b = lineBytes[i] & 0xFF;
            if (b >= 0xEA && b <= 0xED && (lineBytes[i + 1] & 0xC0) == 0x80 && (lineBytes[i + 2] & 0xC0) == 0x80) {
                hangul++;
                i += 2;
            }
        }
        if (hangul == 0) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(lineBytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.readNBytes(buffer, 0, buffer.length);
        pos = 0;
        limit = Math.max(n, 0);
        eof = n < buffer.length;
        return n > 0;
    }

    @Override
    public void close() throws IOException {
        if (utf16 != null) {
            utf16.close();
        }
        in.close();
    }
}

package dev.dialdesk.io.leads;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.FileFormat;
import dev.dialdesk.service.imports.ImportFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Looks at a lead file before reading it: exists and readable, not empty, not binary, which format and
 * which character set (a BOM means UTF-8; else strict UTF-8 over the whole file; else MS949, what
 * Excel writes in Korea).
 */
final class FileSniffer {

    static final Charset MS949 = Charset.forName("x-windows-949");
    private static final int SAMPLE_BYTES = 64 * 1024;
    /**
     * Non-ASCII characters that decoded as UTF-8 before the first malformed byte: this many mean a UTF-8
     * file with a broken byte, not an MS949 one (MS949 Korean text fails within a character or two).
     */
    private static final int BROKEN_UTF8_EVIDENCE = 16;

    /** The strict UTF-8 check: valid, or the line of the first malformed byte and what decoded before it. */
    record Utf8Check(boolean valid, long badLine, long nonAsciiBefore) {
    }

    /** What the sniffing found. */
    record Sniffed(FileFormat format, Charset charset, boolean bom, long size) {
    }

    private FileSniffer() {
    }

    static Sniffed sniff(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new ImportFailedException(new Message("import.error.missing", name), "Import file does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw unreadable(file, null);
        }
        try {
            long size = Files.size(file);
            byte[] sample = readSample(file);
            boolean bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
                    && (sample[2] & 0xFF) == 0xBF;
            if (isBlank(sample, bom ? 3 : 0)) {
                throw new ImportFailedException(new Message("import.error.empty", name), "Import file is empty");
            }
            if (looksBinary(sample)) {
                throw new ImportFailedException(new Message("import.error.binary", name), "Import file is binary");
            }
            FileFormat format = formatOf(file, sample, bom ? 3 : 0);
            if (bom || format == FileFormat.JSON) {
                return new Sniffed(format, StandardCharsets.UTF_8, bom, size);
            }
            Utf8Check utf8 = checkUtf8(file);
            if (!utf8.valid() && utf8.nonAsciiBefore() >= BROKEN_UTF8_EVIDENCE) {
                throw new ImportFailedException(new Message("import.error.brokenUtf8", name,
                        String.valueOf(utf8.badLine())), "UTF-8 file with a malformed byte on line " + utf8.badLine());
            }
            Charset charset = utf8.valid() ? StandardCharsets.UTF_8 : MS949;
            if (charset == MS949 && mostlyUndecodable(sample)) {
                throw new ImportFailedException(new Message("import.error.binary", name), "Import file is neither UTF-8 nor MS949 text");
            }
            return new Sniffed(format, charset, false, size);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static ImportFailedException unreadable(Path file, IOException cause) {
        String why = cause == null ? "not a readable file"
                : cause instanceof AccessDeniedException ? "access denied" : cause.getClass().getSimpleName();
        return new ImportFailedException(new Message("import.error.unreadable", file.toString()),
                "Import file cannot be read: " + why, cause);
    }

    private static byte[] readSample(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE_BYTES);
        }
    }

    private static boolean isBlank(byte[] sample, int from) {
        for (int i = from; i < sample.length; i++) {
            byte b = sample[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or more than 1% control characters that no text file holds. */
    private static boolean looksBinary(byte[] sample) {
        int controls = 0;
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 > sample.length;
    }

    private static FileFormat formatOf(Path file, byte[] sample, int from) {
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".json")) {
            return FileFormat.JSON;
        }
        for (int i = from; i < sample.length; i++) {
            byte b = sample[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '[' || b == '{' ? FileFormat.JSON : FileFormat.CSV;
        }
        return FileFormat.CSV;
    }

    /** Decodes the whole file strictly as UTF-8, streaming; stops at the first malformed byte. */
    static boolean isStrictUtf8(Path file) throws IOException {
        return checkUtf8(file).valid();
    }

    /**
     * Validates UTF-8 byte by byte (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF,
     * exactly what a strict decoder accepts), counting lines and non-ASCII characters as it goes. A
     * million-row file is read once at memory speed, without decoding it to characters.
     */
    static Utf8Check checkUtf8(Path file) throws IOException {
        byte[] buffer = new byte[1 << 20];
        long line = 1;
        long nonAscii = 0;
        int pending = 0;
        int low = 0x80;
        int high = 0xBF;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (pending == 0) {
                        if (b < 0x80) {
                            line += b == '\n' ? 1 : 0;
                            continue;
                        }
                        int lead = leadLength(b);
                        if (lead == 0) {
                            return new Utf8Check(false, line, nonAscii);
                        }
                        pending = lead;
                        low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
                        high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
                    } else if (b < low || b > high) {
                        return new Utf8Check(false, line, nonAscii);
                    } else {
                        low = 0x80;
                        high = 0xBF;
                        if (--pending == 0) {
                            nonAscii++;
                        }
                    }
                }
            }
        }
        return new Utf8Check(pending == 0, line, nonAscii);
    }

    /** Continuation bytes a UTF-8 lead byte announces, or 0 when it cannot start a character. */
    private static int leadLength(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return 1;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 2;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 3;
        }
        return 0;
    }

    /** MS949 that decodes to more than 2% garbage is not text at all. */
    private static boolean mostlyUndecodable(byte[] sample) {
        CharsetDecoder decoder = MS949.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            CharBuffer text = decoder.decode(ByteBuffer.wrap(sample));
            int bad = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\uFFFD') {
                    bad++;
                }
            }
            return bad * 50 > text.length() + 1;
        } catch (CharacterCodingException e) {
            return true;
        }
    }
}

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
 * Looks at a lead file before reading it: exists and readable, not empty, not binary, which kind by its
 * content and its name together (a ZIP is an {@code .xlsx}, an OLE2 file an {@code .xls}, an HTML page
 * saved as {@code .xls} a table; a CSV whose first cell starts with '[' is not JSON), and which
 * character set (a byte order mark says it, UTF-16 included; else strict UTF-8 over the whole file; else
 * MS949, what Excel writes in Korea).
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

    /**
     * What the sniffing found.
     *
     * @param bomLength bytes of byte order mark to skip
     * @param clean     the whole file decodes in {@code charset} (no line needs checking)
     */
    record Sniffed(FileFormat format, Charset charset, int bomLength, long size, boolean clean) {
        boolean utf16() {
            return charset.name().startsWith("UTF-16");
        }
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
            FileFormat binary = workbookKind(sample);
            if (binary != null) {
                return new Sniffed(binary, StandardCharsets.UTF_8, 0, size, true);
            }
            Charset utf16 = utf16(sample);
            int bom = bomLength(sample);
            if (utf16 != null) {
                String text = new String(sample, bom, sample.length - bom, utf16);
                if (text.isBlank()) {
                    throw new ImportFailedException(new Message("import.error.empty", name), "Import file is empty");
                }
                return new Sniffed(textFormat(file, text), utf16, bom, size, false);
            }
            if (isBlank(sample, bom)) {
                throw new ImportFailedException(new Message("import.error.empty", name), "Import file is empty");
            }
            if (looksBinary(sample)) {
                throw new ImportFailedException(new Message("import.error.binary", name), "Import file is binary");
            }
            String head = new String(sample, bom, Math.min(sample.length - bom, 4096), StandardCharsets.ISO_8859_1);
            FileFormat format = isHtml(head) ? FileFormat.HTML : textFormat(file, head);
            if (bom > 0 || format == FileFormat.JSON) {
                return new Sniffed(format, StandardCharsets.UTF_8, bom, size, !hasNul(file));
            }
            return textCharset(file, format, sample, size);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static Sniffed textCharset(Path file, FileFormat format, byte[] sample, long size) throws IOException {
        Utf8Check utf8 = checkUtf8(file);
        boolean utf8File = utf8.valid() || utf8.nonAsciiBefore() >= BROKEN_UTF8_EVIDENCE || utf8Majority(file);
        Charset charset = utf8File ? StandardCharsets.UTF_8 : MS949;
        if (charset == MS949 && mostlyUndecodable(sample)) {
            throw new ImportFailedException(new Message("import.error.binary", file.toString()),
                    "Import file is neither UTF-8 nor MS949 text");
        }
        return new Sniffed(format, charset, 0, size, utf8.valid() && !hasNul(file));
    }

    /** XLSX (a ZIP) or XLS (an OLE2 compound file) by their first bytes; null for anything else. */
    private static FileFormat workbookKind(byte[] s) {
        if (s.length >= 4 && s[0] == 'P' && s[1] == 'K' && s[2] == 3 && s[3] == 4) {
            return FileFormat.XLSX;
        }
        if (s.length >= 8 && (s[0] & 0xFF) == 0xD0 && (s[1] & 0xFF) == 0xCF && (s[2] & 0xFF) == 0x11
                && (s[3] & 0xFF) == 0xE0 && (s[4] & 0xFF) == 0xA1 && (s[5] & 0xFF) == 0xB1) {
            return FileFormat.XLS;
        }
        return null;
    }

    private static int bomLength(byte[] s) {
        if (s.length >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB && (s[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (s.length >= 2 && ((s[0] & 0xFF) == 0xFF && (s[1] & 0xFF) == 0xFE || (s[0] & 0xFF) == 0xFE && (s[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    /**
     * UTF-16 by its byte order mark, or without one by its pattern: text that is mostly ASCII has a zero
     * byte in every other place (after each character for little-endian, before it for big-endian).
     */
    static Charset utf16(byte[] s) {
        if (s.length >= 2 && (s[0] & 0xFF) == 0xFF && (s[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (s.length >= 2 && (s[0] & 0xFF) == 0xFE && (s[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int pairs = Math.min(s.length / 2, 2048);
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            evenZero += s[2 * i] == 0 ? 1 : 0;
            oddZero += s[2 * i + 1] == 0 ? 1 : 0;
        }
        if (pairs >= 4 && oddZero * 10 > pairs * 4 && evenZero * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs >= 4 && evenZero * 10 > pairs * 4 && oddZero * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isHtml(String head) {
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<") && (start.contains("<table") || start.contains("<html") || start.contains("<!doctype html"));
    }

    /**
     * JSON or CSV by the name and the text together: {@code .json}, {@code .jsonl} and {@code .ndjson}
     * are JSON; {@code .csv}, {@code .tsv} are CSV; otherwise JSON only when it starts as JSON does:
     * '{' then a '"' or '}', or '[' then '{' or ']' (a CSV's first cell "[VIP] 홍길동" is not JSON).
     */
    static FileFormat textFormat(Path file, String text) {
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".json") || fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson")) {
            return FileFormat.JSON;
        }
        if (fileName.endsWith(".csv") || fileName.endsWith(".tsv")) {
            return FileFormat.CSV;
        }
        String start = text.strip();
        if (start.length() < 2) {
            return FileFormat.CSV;
        }
        char first = start.charAt(0);
        char next = start.substring(1).stripLeading().isEmpty() ? ' ' : start.substring(1).stripLeading().charAt(0);
        boolean json = first == '{' && (next == '"' || next == '}') || first == '[' && (next == '{' || next == ']');
        return json ? FileFormat.JSON : FileFormat.CSV;
    }

    /** A NUL byte anywhere: the lines holding one are rejected, so the file needs the line check. */
    private static boolean hasNul(Path file) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
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

    /**
     * More than 1% control characters (NUL included) that no text file holds. A few NUL bytes in a text
     * file only reject the lines that hold them.
     */
    private static boolean looksBinary(byte[] sample) {
        int controls = 0;
        for (byte b : sample) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 > sample.length;
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

    /**
     * Whether at least as many lines hold UTF-8 text beyond ASCII as lines that are not UTF-8: the
     * file's character set when two exports were pasted together (the other lines are rejected).
     */
    static boolean utf8Majority(Path file) throws IOException {
        byte[] buffer = new byte[1 << 20];
        long utf8Lines = 0;
        long otherLines = 0;
        boolean nonAscii = false;
        boolean bad = false;
        int pending = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (b == '\n') {
                        utf8Lines += nonAscii && !bad && pending == 0 ? 1 : 0;
                        otherLines += bad || pending != 0 ? 1 : 0;
                        nonAscii = false;
                        bad = false;
                        pending = 0;
                    } else if (pending > 0) {
                        bad |= (b & 0xC0) != 0x80;
                        pending = bad ? 0 : pending - 1;
                    } else if (b >= 0x80) {
                        nonAscii = true;
                        pending = leadLength(b);
                        bad |= pending == 0;
                    }
                }
            }
        }
        utf8Lines += nonAscii && !bad && pending == 0 ? 1 : 0;
        otherLines += bad || pending != 0 ? 1 : 0;
        return utf8Lines >= otherLines;
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

    /**
     * MS949 that decodes to more than 20% garbage is not text at all; less is a text file with some
     * lines in another character set, rejected line by line.
     */
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
            return bad * 5 > text.length() + 1;
        } catch (CharacterCodingException e) {
            return true;
        }
    }
}

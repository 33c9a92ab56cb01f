package dev.dialdesk.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/** Builds hostile input files for the fuzz tests: random, truncated, mutated, huge, broken. */
public final class HostileFiles {

    private static final String[] NAMES = {"김민수", "이서연", "박지훈", "최유진", "정하늘", "강다람"};

    private HostileFiles() {
    }

    /** The seed of a fuzz test: {@code -Ddialdesk.fuzz.seed=N} reruns a failure, else a fresh one. */
    public static long seed() {
        return Long.getLong("dialdesk.fuzz.seed", System.nanoTime());
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }

    /** Up to {@code max} random bytes; a third of the time printable ASCII with separators, to get further. */
    public static byte[] randomBytes(Random random, int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        if (random.nextInt(3) == 0) {
            String alphabet = "abc,;\t\"\n\r{}[]:010-1234 5678\uAC00";
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
        } else {
            random.nextBytes(bytes);
        }
        return bytes;
    }

    /** The first random part of {@code valid}. */
    public static byte[] truncate(Random random, byte[] valid) {
        return Arrays.copyOf(valid, random.nextInt(valid.length));
    }

    /** {@code valid} with a few bytes overwritten, inserted or deleted at random places. */
    public static byte[] mutate(Random random, byte[] valid) {
        byte[] bytes = valid.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && bytes.length > 1; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> {
                    byte[] longer = new byte[bytes.length + 1];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    longer[at] = (byte) "\",;\n\r[]{}\\".charAt(random.nextInt(10));
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
            }
        }
        return bytes;
    }

    /** A valid lead CSV (UTF-8, Korean headers) with {@code rows} leads; {@code block} keeps numbers apart. */
    public static String leadCsv(int rows, int block) {
        StringBuilder csv = new StringBuilder("이름,연락처,생년월일,지역,비고\n");
        for (int i = 0; i < rows; i++) {
            csv.append(NAMES[i % NAMES.length]).append(',').append(phone(block, i)).append(",1975-03-02,서울,")
                    .append(i % 7 == 0 ? "\"메모, 쉼표\"" : "").append('\n');
        }
        return csv.toString();
    }

    /** The same as JSON. */
    public static String leadJson(int rows, int block) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rows; i++) {
            json.append(i == 0 ? "" : ",\n").append("  {\"name\": \"").append(NAMES[i % NAMES.length])
                    .append("\", \"phone\": \"").append(phone(block, i)).append("\", \"region\": \"서울\"}");
        }
        return json.append("\n]\n").toString();
    }

    private static String phone(int block, int i) {
        return String.format("010-%04d-%04d", 2000 + block * 10 + i / 10_000, i % 10_000);
    }

    /** {@code prefix}, then {@code count} times {@code c} on one line, streamed to disk (never in memory). */
    public static Path hugeLine(Path file, String prefix, char c, long count) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 16];
            Arrays.fill(block, (byte) c);
            for (long left = count; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return file;
    }

    /** {@code utf8} with the first byte of the first multi-byte character on line {@code line} made invalid. */
    public static byte[] breakUtf8AtLine(byte[] utf8, int line) {
        byte[] bytes = utf8.clone();
        int current = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                current++;
            } else if (current == line && (bytes[i] & 0xE0) == 0xE0) {
                bytes[i] = (byte) 0xFF;
                return bytes;
            }
        }
        throw new IllegalArgumentException("No multi-byte character on line " + line);
    }
}

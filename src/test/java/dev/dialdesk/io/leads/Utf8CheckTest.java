package dev.dialdesk.io.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The byte-level UTF-8 check agrees with Java's strict decoder, on text and on random bytes. */
class Utf8CheckTest {

    private static final long SEED = 20261122L;

    @TempDir
    Path dir;

    @Test
    void agreesWithTheStrictDecoderOnRandomAndNearUtf8Bytes() throws Exception {
        Random random = new Random(SEED);
        byte[] korean = "이름,연락처\n홍길동,010-1234-5678\n𝄞 emoji ok\n".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes = round % 2 == 0 ? randomBytes(random) : mutated(korean, random);
            Path file = dir.resolve("f" + round);
            Files.write(file, bytes);
            assertThat(FileSniffer.checkUtf8(file).valid()).as("seed %d round %d", SEED, round).isEqualTo(strict(bytes));
        }
    }

    @Test
    void countsLinesAndKoreanBeforeTheFirstBrokenByte() throws Exception {
        byte[] good = "가나다\n라마\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xB0;
        bytes[good.length + 1] = '\n';
        Path file = dir.resolve("broken.csv");
        Files.write(file, bytes);
        FileSniffer.Utf8Check check = FileSniffer.checkUtf8(file);
        assertThat(check.valid()).isFalse();
        assertThat(check.badLine()).isEqualTo(3);
        assertThat(check.nonAsciiBefore()).isEqualTo(5);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(12)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] mutated(byte[] text, Random random) {
        byte[] bytes = text.clone();
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        return bytes;
    }

    private static boolean strict(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

package dev.dialdesk.io.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.service.calls.NumberListReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 두낫콜 extract as centres send it: numbers written every way, in CP949 or UTF-8. */
class DoNotCallCsvReaderTest {

    @TempDir
    Path dir;

    private static PhoneNumber kr(String raw) {
        return PhoneNumber.parse(raw, "KR").number();
    }

    @Test
    void numbersInMixedFormatsAreNormalisedAndDeduplicated() throws Exception {
        Path file = dir.resolve("dnc.csv");
        Files.writeString(file, String.join("\r\n",
                "전화번호,비고",
                "010-1234-5678,고객 요청",
                "01012345678",
                "\"+82 10-2222-3333\",",
                "(02) 123-4567",
                "이름없음,없음",
                "12",
                ""), Charset.forName("x-windows-949"));
        NumberListReader.NumberList list = new DoNotCallCsvReader().read(file, "KR");
        assertThat(list.numbers()).containsExactly(kr("010-1234-5678"), kr("010-2222-3333"), kr("02-123-4567"));
        assertThat(list.rejectedLines()).containsExactly(6, 7);
        assertThat(list.charset()).isEqualTo("x-windows-949");
    }

    @Test
    void aBomMeansUtf8() throws Exception {
        Path file = dir.resolve("bom.csv");
        byte[] body = "번호\n010-7777-8888\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        NumberListReader.NumberList list = new DoNotCallCsvReader().read(file, "KR");
        assertThat(list.numbers()).containsExactly(kr("010-7777-8888"));
        assertThat(list.charset()).isEqualTo("UTF-8");
        assertThat(list.rejectedLines()).isEmpty();
    }
}

package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.PhoneParser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhoneParserTest {

    @Test
    void everyWayAKoreanFileWritesANumberIsAccepted() {
        PhoneParser parser = new PhoneParser("KR");
        for (String text : new String[] {"010-1234-5678", "01012345678", "+82 10-1234-5678", "+821012345678",
            "(010)1234-5678", "010 1234 5678", "010.1234.5678", "+82-10-1234-5678"}) {
            assertThat(parser.parse(text).number()).as(text).isEqualTo(PhoneNumber.ofE164("+821012345678"));
        }
        assertThat(parser.parse("02-123-4567").number()).isEqualTo(PhoneNumber.ofE164("+8221234567"));
        assertThat(parser.parse("031-123-4567").number()).isEqualTo(PhoneNumber.ofE164("+82311234567"));
    }

    @Test
    void emptyLettersAndImpossibleNumbersAreRefusedWithTheirProblem() {
        PhoneParser parser = new PhoneParser("KR");
        assertThat(parser.parse("").problem()).isEqualTo(PhoneNumber.Problem.EMPTY);
        assertThat(parser.parse("010-12ab-5678").problem()).isEqualTo(PhoneNumber.Problem.LETTERS);
        assertThat(parser.parse("없음").problem()).isEqualTo(PhoneNumber.Problem.LETTERS);
        assertThat(parser.parse("010-5970-1234").problem()).isEqualTo(PhoneNumber.Problem.INVALID);
        assertThat(parser.parse("1588").problem()).isEqualTo(PhoneNumber.Problem.INVALID);
        assertThat(parser.parse("010-1234-56789").problem()).isEqualTo(PhoneNumber.Problem.INVALID);
    }

    /**
     * The fast path must give exactly libphonenumber's answer: every block of 010 numbers (including the
     * invalid 010-597x), written in every form, several numbers a block, in a parser that learned each
     * block from a different number than the ones compared.
     */
    @Test
    void fastPathYieldsExactlyWhatLibphonenumberYieldsForEveryMobileBlockAndForm() {
        PhoneParser parser = new PhoneParser("KR");
        Random random = new Random(42);
        int compared = 0;
        for (int block = 0; block < 10_000; block++) {
            for (int sample = 0; sample < 4; sample++) {
                String a = String.format("%04d", block);
                String b = String.format("%04d", random.nextInt(10_000));
                String text = switch (random.nextInt(8)) {
                    case 0 -> "010-" + a + "-" + b;
                    case 1 -> "010" + a + b;
                    case 2 -> "+82 10-" + a + "-" + b;
                    case 3 -> "+8210" + a + b;
                    case 4 -> "(010)" + a + "-" + b;
                    case 5 -> "010 " + a + " " + b;
                    case 6 -> "010." + a + "." + b;
                    default -> " 010-" + a + "-" + b + " ";
                };
                assertThat(parser.parse(text)).as(text).isEqualTo(PhoneNumber.parse(text, "KR"));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(40_000);
    }

    @Test
    void otherRegionsGoStraightToLibphonenumber() {
        PhoneParser parser = new PhoneParser("US");
        assertThat(parser.parse("(201) 555-0123")).isEqualTo(PhoneNumber.parse("(201) 555-0123", "US"));
        assertThat(parser.parse("+82 10-1234-5678").number()).isEqualTo(PhoneNumber.ofE164("+821012345678"));
    }
}

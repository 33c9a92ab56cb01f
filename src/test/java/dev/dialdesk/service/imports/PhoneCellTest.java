package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.PhoneParser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhoneCellTest {

    private final PhoneParser phones = new PhoneParser("KR");

    private PhoneCell read(String raw) {
        return PhoneCell.read(raw, phones);
    }

    @Test
    void cellsExcelOrAPersonMangledAreSalvagedToTheOneNumberTheyHold() {
        Map<String, String> cells = Map.ofEntries(
                Map.entry("1012345678", "+821012345678"),            // leading zero dropped
                Map.entry("1012345605.0", "+821012345605"),          // a number cell written as text
                Map.entry("1.012345604E+09", "+821012345604"),       // scientific notation at full precision
                Map.entry("０１０－１２３４－５６７８", "+821012345678"),   // full-width digits and dash
                Map.entry("010‐1234–5678", "+821012345678"),         // Unicode hyphen and en dash
                Map.entry("=\"01012345678\"", "+821012345678"),      // Excel's text formula
                Map.entry("'010-1234-5678", "+821012345678"),        // leading apostrophe
                Map.entry("0082-10-1234-5678", "+821012345678"),
                Map.entry("821012345678", "+821012345678"),
                Map.entry("+82 (0)10-1234-5678", "+821012345678"),
                Map.entry("+82 010-1234-5678", "+821012345678"),
                Map.entry("212345678", "+82212345678"));             // Seoul landline without its zero
        cells.forEach((raw, e164) -> assertThat(read(raw).number()).as(raw).isEqualTo(PhoneNumber.ofE164(e164)));
    }

    @Test
    void notesExtensionsAndSecondNumbersAreKeptApart() {
        PhoneCell noted = read("010-1234-5678(본인)");
        assertThat(noted.number()).isEqualTo(PhoneNumber.ofE164("+821012345678"));
        assertThat(noted.note()).isEqualTo("본인");

        assertThat(read("02-123-4567 내선 123").extension()).isEqualTo("123");
        assertThat(read("02-123-4567 ext. 12").extension()).isEqualTo("12");
        assertThat(read("02-123-4567 #205").extension()).isEqualTo("205");
        assertThat(read("02-123-4567 #205").number()).isEqualTo(PhoneNumber.ofE164("+8221234567"));

        PhoneCell two = read("010-1234-567 / 010-2345-6789, 02-123-4567");
        assertThat(two.number()).as("the first valid one").isEqualTo(PhoneNumber.ofE164("+821023456789"));
        assertThat(two.alternates()).containsExactly(PhoneNumber.ofE164("+8221234567"));
        assertThat(read("010-1234-5678 010-2345-6789").alternates())
                .containsExactly(PhoneNumber.ofE164("+821023456789"));
    }

    @Test
    void aNumberExcelRoundedOrWithADigitMissingIsRejectedNeverGuessed() {
        PhoneCell rounded = read("1.01235E+10");
        assertThat(rounded.ok()).isFalse();
        assertThat(rounded.problem()).isEqualTo(new Message("import.rejected.roundedByExcel", "1.01235E+10"));

        PhoneCell short010 = read("010-1234-567");
        assertThat(short010.ok()).isFalse();
        assertThat(short010.problem()).isEqualTo(new Message("import.rejected.invalidPhone", "010-1234-567"));
        // The example expands to 10123456040: eleven digits, no Korean number, so not guessed.
        assertThat(read("1.012345604E+10").ok()).isFalse();
    }

    @Test
    void aPossibleMobileNumberNotInTheAllocationDataImportsWithAWarning() {
        PhoneCell unallocated = read("010-5970-1234");
        assertThat(unallocated.number()).isEqualTo(PhoneNumber.ofE164("+821059701234"));
        assertThat(unallocated.warning()).isEqualTo(new Message("import.warning.unallocated", "010-5970-1234"));
        assertThat(read("010-1234-5678").warning()).isNull();
    }
}

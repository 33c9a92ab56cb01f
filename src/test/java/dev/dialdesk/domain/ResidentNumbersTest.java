package dev.dialdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentNumbersTest {

    @Test
    void theSeventhDigitGivesCenturyAndGender() {
        assertThat(ResidentNumbers.read("760714-1987654", false))
                .contains(new ResidentNumbers.Born(LocalDate.of(1976, 7, 14), Gender.MALE));
        assertThat(ResidentNumbers.read("020315-4876543", false))
                .contains(new ResidentNumbers.Born(LocalDate.of(2002, 3, 15), Gender.FEMALE));
        assertThat(ResidentNumbers.read("0203153876543", true))
                .contains(new ResidentNumbers.Born(LocalDate.of(2002, 3, 15), Gender.MALE));
        assertThat(ResidentNumbers.read("0203153876543", false)).as("bare digits only in a named column").isEmpty();
    }

    @Test
    void textIsScrubbedOnlyOfRealResidentNumbers() {
        assertThat(ResidentNumbers.scrub("확인 850101-2765432 완료")).isEqualTo("확인 ******-******* 완료");
        assertThat(ResidentNumbers.contains("주문 991399-1234567")).as("no 13th month").isFalse();
        assertThat(ResidentNumbers.contains("010-1234-5678")).isFalse();
    }
}

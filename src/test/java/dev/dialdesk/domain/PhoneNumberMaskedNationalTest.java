package dev.dialdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The number as a status line shows it when the whole number need not be on screen. */
class PhoneNumberMaskedNationalTest {

    @Test
    void aMobileNumberKeepsItsPrefixAndLastFourDigits() {
        assertThat(PhoneNumber.ofE164("+821012345678").maskedNational()).isEqualTo("010-****-5678");
    }

    @Test
    void aSeoulLandlineKeepsItsAreaCodeAndLastFourDigits() {
        assertThat(PhoneNumber.parse("02-123-4567", "KR").number().maskedNational()).isEqualTo("02-***-4567");
    }
}

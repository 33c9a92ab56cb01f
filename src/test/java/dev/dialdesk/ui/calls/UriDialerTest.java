package dev.dialdesk.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import org.junit.jupiter.api.Test;

/** The URI dialer dials a lead's extension after the number: as pause digits, or where {ext} stands. */
class UriDialerTest {

    private final PhoneNumber office = PhoneNumber.parse("02-123-4567", "KR").number();

    @Test
    void anExtensionIsDialledAsPauseDigitsAfterTheNumberOfATelUri() {
        assertThat(UriDialer.uri("tel:{number}", office, "123").toString()).isEqualTo("tel:+8221234567,123");
    }

    @Test
    void aSipUriGetsThePauseDigitsInItsUserPartBeforeTheHost() {
        assertThat(UriDialer.uri("sip:{number}@pbx.local", office, "12").toString())
                .isEqualTo("sip:+8221234567,12@pbx.local");
    }

    @Test
    void aTemplateWithExtPlacesTheExtensionThereAndNoPauseIsAdded() {
        assertThat(UriDialer.uri("sip:{digits}@pbx.local;ext={ext}", office, "205").toString())
                .isEqualTo("sip:021234567@pbx.local;ext=205");
    }

    @Test
    void aNumberWithoutExtensionIsDialledAsBefore() {
        assertThat(UriDialer.uri("tel:{number}", office, "").toString()).isEqualTo("tel:+8221234567");
    }
}

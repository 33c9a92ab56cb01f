package dev.dialdesk.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.service.calls.ClipboardFormat;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import org.junit.jupiter.api.Test;

class ClipboardDialerTest {

    private final Clipboard clipboard = new Clipboard("test");

    @Test
    void copiesDigitsOnlyByDefaultForADeskPhone() throws Exception {
        new ClipboardDialer(() -> clipboard, () -> ClipboardFormat.DIGITS).place(PhoneNumber.ofE164("+821012345678"));
        assertThat(clipboard.getData(DataFlavor.stringFlavor)).isEqualTo("01012345678");
    }

    @Test
    void copiesTheNationalFormatWithDashesWhenTheSettingAsks() throws Exception {
        new ClipboardDialer(() -> clipboard, () -> ClipboardFormat.DASHES).place(PhoneNumber.ofE164("+821012345678"));
        assertThat(clipboard.getData(DataFlavor.stringFlavor)).isEqualTo("010-1234-5678");
        new ClipboardDialer(() -> clipboard, () -> ClipboardFormat.DASHES).place(PhoneNumber.ofE164("+8221234567"));
        assertThat(clipboard.getData(DataFlavor.stringFlavor)).isEqualTo("02-123-4567");
    }
}

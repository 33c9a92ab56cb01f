package dev.dialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14 item 10: the F1 list names each outcome key by what it records, its keys from the key table. */
class ShortcutSheetTest {

    @Test
    void theOutcomeKeysAreNamedByTheOutcomeTheyRecord() {
        Messages korean = Messages.forLocale(Locale.KOREAN);
        List<String[]> rows = ShortcutSheet.rows(korean,
                id -> id.startsWith("calls.disposition.1") ? Optional.of("부재") : Optional.empty());
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("결과: 부재", "1"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("결과: 부재", "NumPad-1"));
        assertThat(rows).anySatisfy(row -> assertThat(row[1]).isEqualTo("F2"));
        assertThat(rows).noneSatisfy(row -> assertThat(row[0]).startsWith("action."));
    }
}

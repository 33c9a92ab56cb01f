package dev.dialdesk.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

class KeyTableTest {

    @Test
    void noTwoActionsShareAKey() {
        Map<KeyStroke, String> seen = new HashMap<>();
        KeyTable.all().forEach((action, key) -> {
            String other = seen.put(key, action);
            assertThat(other).as("%s is bound to both %s and %s", key, other, action).isNull();
        });
    }

    @Test
    void everyBoundActionHasALabelInBothLanguages() {
        var english = dev.dialdesk.domain.i18n.Messages.forLocale(java.util.Locale.ENGLISH);
        var korean = dev.dialdesk.domain.i18n.Messages.forLocale(java.util.Locale.KOREAN);
        for (String action : KeyTable.all().keySet()) {
            assertThat(english.has("action." + action + ".name")).as("English label of %s", action).isTrue();
            assertThat(korean.has("action." + action + ".name")).as("Korean label of %s", action).isTrue();
        }
    }
}

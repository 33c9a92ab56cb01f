package dev.dialdesk.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import javax.swing.KeyStroke;
import org.junit.jupiter.api.Test;

class KeyTableTest {

    @Test
    void noTwoActionsShareAKey() {
        assertNoKeySharedIn(KeyTable.all());
    }

    private static void assertNoKeySharedIn(Map<String, KeyStroke> keys) {
        Map<KeyStroke, String> seen = new HashMap<>();
        keys.forEach((action, key) -> {
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

    @Test
    void noTwoLocalKeysShareAKey() {
        assertNoKeySharedIn(KeyTable.local());
    }

    /** Escape, Enter on a table and mnemonics included: a key written in a screen escapes the duplicate test. */
    @Test
    void everyKeyStrokeIsWrittenInTheKeyTableOnly() throws java.io.IOException {
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java");
        java.util.List<String> elsewhere = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(sources)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.getFileName().toString().equals("KeyTable.java")) {
                    continue;
                }
                String text = java.nio.file.Files.readString(file);
                if (text.contains("KeyStroke.getKeyStroke(") || text.contains("KeyEvent.VK_")) {
                    elsewhere.add(sources.relativize(file).toString());
                }
            }
        }
        assertThat(elsewhere).as("files that write a key stroke outside KeyTable").isEmpty();
    }
}

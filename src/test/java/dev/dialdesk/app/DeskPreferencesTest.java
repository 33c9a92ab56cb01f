package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 8: theme and language kept per data folder; the demo and a real desk don't share them. */
class DeskPreferencesTest {

    @TempDir
    Path home;

    private Preferences demo;
    private Preferences desk;

    @AfterEach
    void clean() throws BackingStoreException {
        for (Preferences node : new Preferences[] {demo, desk}) {
            if (node != null) {
                node.removeNode();
            }
        }
    }

    @Test
    void theDemoAndARealDeskKeepTheirOwnThemeAndLanguage() {
        demo = DeskPreferences.of(home.resolve("demo"));
        desk = DeskPreferences.of(home.resolve("desk"));
        new Theme(demo).toggleRemembered();
        DeskPreferences.chooseLanguage(demo, "en");
        assertThat(new Theme(demo).isDark()).isTrue();
        assertThat(new Theme(desk).isDark()).isFalse();
        assertThat(DeskPreferences.language(desk)).isEmpty();
        assertThat(DeskPreferences.of(home.resolve("demo/../demo")).absolutePath()).isEqualTo(demo.absolutePath());
        assertThat(demo.absolutePath()).doesNotContain("demo"); // no folder name in the preferences
    }

    @Test
    void theLanguageChosenInTheWindowAppliesAtTheNextStartUnlessLangNamesOne() {
        desk = DeskPreferences.of(home.resolve("desk"));
        DeskPreferences.chooseLanguage(desk, "en");
        assertThat(DeskPreferences.withLanguage(AppOptions.parse(), desk).language()).isEqualTo("en");
        assertThat(DeskPreferences.withLanguage(AppOptions.parse("--lang", "ko"), desk).language()).isEqualTo("ko");
    }
}

package dev.dialdesk.app;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.dialdesk.ui.common.Dialogs;
import java.util.prefs.Preferences;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * FlatLaf light or dark, remembered in the user's preferences. Dialdesk's own colours (urgency,
 * overdue, …) are theme keys in {@code dev/dialdesk/ui/theme/*.properties}, never literals in code.
 */
public final class Theme {

    private static final String PREF_KEY = "theme.dark";

    private final Preferences prefs;

    public Theme(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Installs the remembered look and feel. Call on the event thread before any component exists. */
    public void install() {
        FlatLaf.registerCustomDefaultsSource("dev.dialdesk.ui.theme");
        UIManager.put("TitlePane.unifiedBackground", true);
        if (isDark()) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        Dialogs.optionPanesCloseOnEscape();
    }

    public boolean isDark() {
        return prefs.getBoolean(PREF_KEY, false);
    }

    /** Switches between light and dark, repaints every window and remembers the choice. */
    public void toggle() {
        toggleRemembered();
        FlatLaf laf = isDark() ? new FlatDarkLaf() : new FlatLightLaf();
        try {
            UIManager.setLookAndFeel(laf);
        } catch (javax.swing.UnsupportedLookAndFeelException e) {
            throw new IllegalStateException(e);
        }
        FlatLaf.updateUI();
        for (java.awt.Window window : java.awt.Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(window);
        }
    }

    /** Remembers the other theme, for the next start (no repaint). */
    void toggleRemembered() {
        prefs.putBoolean(PREF_KEY, !isDark());
    }
}

package dev.dialdesk.ui.action;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.swing.KeyStroke;

/**
 * Every key stroke of the application, in one table, by action id. {@code KeyTableTest} fails when
 * two actions share a key. Add a binding here, never in a screen.
 */
public final class KeyTable {

    private static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    private static final int SHIFT = InputEvent.SHIFT_DOWN_MASK;
    private static final int ALT = InputEvent.ALT_DOWN_MASK;

    private static final Map<String, KeyStroke> KEYS;

    static {
        Map<String, KeyStroke> keys = new LinkedHashMap<>();
        // application
        keys.put("app.import", KeyStroke.getKeyStroke(KeyEvent.VK_I, CTRL));
        keys.put("app.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, CTRL));
        keys.put("app.toggleTheme", KeyStroke.getKeyStroke(KeyEvent.VK_T, CTRL | SHIFT));
        keys.put("app.shortcuts", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0));
        // lead list
        keys.put("leads.search", KeyStroke.getKeyStroke(KeyEvent.VK_F, CTRL));
        keys.put("leads.open", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0));
        keys.put("leads.saveNotes", KeyStroke.getKeyStroke(KeyEvent.VK_S, CTRL));
        // contracts and QA re-recording (Ctrl+Alt: the call loop keeps the plain and Ctrl keys)
        keys.put("contracts.edit", KeyStroke.getKeyStroke(KeyEvent.VK_E, CTRL | ALT));
        keys.put("contracts.passQa", KeyStroke.getKeyStroke(KeyEvent.VK_P, CTRL | ALT));
        keys.put("contracts.requireReRecording", KeyStroke.getKeyStroke(KeyEvent.VK_R, CTRL | ALT));
        keys.put("contracts.reRecorded", KeyStroke.getKeyStroke(KeyEvent.VK_K, CTRL | ALT));
        keys.put("contracts.reject", KeyStroke.getKeyStroke(KeyEvent.VK_J, CTRL | ALT));
        keys.put("contracts.withdraw", KeyStroke.getKeyStroke(KeyEvent.VK_W, CTRL | ALT));
        keys.put("contracts.cancel", KeyStroke.getKeyStroke(KeyEvent.VK_X, CTRL | ALT));
        keys.put("contracts.bookReRecording", KeyStroke.getKeyStroke(KeyEvent.VK_B, CTRL | ALT));
        KEYS = Collections.unmodifiableMap(keys);
    }

    private KeyTable() {
    }

    public static Optional<KeyStroke> keyFor(String actionId) {
        return Optional.ofNullable(KEYS.get(actionId));
    }

    /** All bindings, in declaration order: for the shortcut sheet and the duplicate test. */
    public static Map<String, KeyStroke> all() {
        return KEYS;
    }
}

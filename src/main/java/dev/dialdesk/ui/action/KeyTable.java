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
        // stats dashboard (Enter on the agents table opens the drill-down too, as a table-local alias)
        keys.put("stats.refresh", KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0));
        keys.put("stats.drill", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, CTRL));
        keys.put("stats.print", KeyStroke.getKeyStroke(KeyEvent.VK_P, CTRL));
        keys.put("stats.exportCsv", KeyStroke.getKeyStroke(KeyEvent.VK_E, CTRL | SHIFT));
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

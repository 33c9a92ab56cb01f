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
        keys.put("leads.clearSearch", KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0));
        keys.put("leads.focusTable", KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0));
        // callbacks: the booking dialog's quick picks (each books at once), the agenda's actions
        keys.put("callbacks.pick.IN_30_MIN", KeyStroke.getKeyStroke(KeyEvent.VK_1, ALT));
        keys.put("callbacks.pick.IN_1_HOUR", KeyStroke.getKeyStroke(KeyEvent.VK_2, ALT));
        keys.put("callbacks.pick.TODAY_18", KeyStroke.getKeyStroke(KeyEvent.VK_3, ALT));
        keys.put("callbacks.pick.TOMORROW_SAME_TIME", KeyStroke.getKeyStroke(KeyEvent.VK_4, ALT));
        keys.put("callbacks.pick.TOMORROW_10", KeyStroke.getKeyStroke(KeyEvent.VK_5, ALT));
        keys.put("callbacks.pick.NEXT_SATURDAY_10", KeyStroke.getKeyStroke(KeyEvent.VK_6, ALT));
        keys.put("callbacks.callNow", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, CTRL));
        keys.put("callbacks.later15", KeyStroke.getKeyStroke(KeyEvent.VK_1, CTRL | SHIFT));
        keys.put("callbacks.later1h", KeyStroke.getKeyStroke(KeyEvent.VK_2, CTRL | SHIFT));
        keys.put("callbacks.tomorrowSameTime", KeyStroke.getKeyStroke(KeyEvent.VK_3, CTRL | SHIFT));
        keys.put("callbacks.reschedulePick", KeyStroke.getKeyStroke(KeyEvent.VK_4, CTRL | SHIFT));
        keys.put("callbacks.snooze", KeyStroke.getKeyStroke(KeyEvent.VK_Z, CTRL | SHIFT));
        keys.put("callbacks.cancel", KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, CTRL));
        keys.put("callbacks.refresh", KeyStroke.getKeyStroke(KeyEvent.VK_R, CTRL));
        // screens of the main window (Ctrl+1 … in the order they are shown)
        keys.put("app.screen.leads", KeyStroke.getKeyStroke(KeyEvent.VK_1, CTRL));
        keys.put("app.screen.callbacks", KeyStroke.getKeyStroke(KeyEvent.VK_2, CTRL));
        keys.put("app.screen.contracts", KeyStroke.getKeyStroke(KeyEvent.VK_3, CTRL));
        keys.put("app.screen.stats", KeyStroke.getKeyStroke(KeyEvent.VK_4, CTRL));
        // the call loop: F-keys (never typed into a field); dispositions on the plain number keys,
        // which fire only while the focus is not in a text field (see ui/calls/CallKeys)
        keys.put("calls.next", KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0));
        keys.put("calls.dial", KeyStroke.getKeyStroke(KeyEvent.VK_F3, 0));
        keys.put("calls.hangUp", KeyStroke.getKeyStroke(KeyEvent.VK_F4, 0));
        keys.put("calls.note", KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0));
        keys.put("calls.callback", KeyStroke.getKeyStroke(KeyEvent.VK_F7, 0));
        for (int position = 1; position <= 9; position++) {
            keys.put("calls.disposition." + position, KeyStroke.getKeyStroke(KeyEvent.VK_0 + position, 0));
            // the same outcome on the numeric keypad, where many agents keep their right hand
            keys.put("calls.disposition." + position + ".keypad", KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + position, 0));
        }
        // contracts and QA re-recording (Ctrl+Alt: the call loop keeps the plain and Ctrl keys)
        keys.put("contracts.edit", KeyStroke.getKeyStroke(KeyEvent.VK_E, CTRL | ALT));
        keys.put("contracts.passQa", KeyStroke.getKeyStroke(KeyEvent.VK_P, CTRL | ALT));
        keys.put("contracts.requireReRecording", KeyStroke.getKeyStroke(KeyEvent.VK_R, CTRL | ALT));
        keys.put("contracts.reRecorded", KeyStroke.getKeyStroke(KeyEvent.VK_K, CTRL | ALT));
        keys.put("contracts.reject", KeyStroke.getKeyStroke(KeyEvent.VK_J, CTRL | ALT));
        keys.put("contracts.withdraw", KeyStroke.getKeyStroke(KeyEvent.VK_W, CTRL | ALT));
        keys.put("contracts.cancel", KeyStroke.getKeyStroke(KeyEvent.VK_X, CTRL | ALT));
        keys.put("contracts.bookReRecording", KeyStroke.getKeyStroke(KeyEvent.VK_B, CTRL | ALT));
        // stats dashboard (Enter on the agents table opens the drill-down too, as a table-local alias)
        keys.put("stats.refresh", KeyStroke.getKeyStroke(KeyEvent.VK_R, CTRL | SHIFT));
        keys.put("stats.drill", KeyStroke.getKeyStroke(KeyEvent.VK_D, CTRL | SHIFT));
        keys.put("stats.print", KeyStroke.getKeyStroke(KeyEvent.VK_P, CTRL));
        keys.put("stats.exportCsv", KeyStroke.getKeyStroke(KeyEvent.VK_E, CTRL | SHIFT));
        // the rules beside a call (issue 16): the opening statement was said
        keys.put("calls.openingSaid", KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0));
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

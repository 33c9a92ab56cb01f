package dev.dialdesk.ui.action;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.swing.KeyStroke;

/**
 * Every key stroke of the application, in one table, by action id: the window-wide keys and the keys
 * local to a dialog or a table (Escape, field mnemonics). {@code KeyTableTest} fails when two actions
 * share a key, or when a key stroke is written anywhere else. Add a binding here, never in a screen.
 */
public final class KeyTable {

    private static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    private static final int SHIFT = InputEvent.SHIFT_DOWN_MASK;
    private static final int ALT = InputEvent.ALT_DOWN_MASK;

    private static final Map<String, KeyStroke> KEYS;
    /**
     * Keys that act inside one dialog or one table only, so they may repeat a key of the main window
     * (Escape also clears the lead search; Enter also opens a lead): never two in the same scope.
     */
    private static final Map<String, KeyStroke> LOCAL_KEYS;

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
        // follow-up chains and the return-call inbox (issue 15): Alt+Shift on the cases screen
        keys.put("app.screen.cases", KeyStroke.getKeyStroke(KeyEvent.VK_5, CTRL));
        keys.put("cases.newFromCall", KeyStroke.getKeyStroke(KeyEvent.VK_N, CTRL | SHIFT));
        keys.put("cases.new", KeyStroke.getKeyStroke(KeyEvent.VK_N, ALT | SHIFT));
        keys.put("cases.callParty", KeyStroke.getKeyStroke(KeyEvent.VK_F3, SHIFT));
        keys.put("cases.asked", KeyStroke.getKeyStroke(KeyEvent.VK_W, ALT | SHIFT));
        keys.put("cases.answer", KeyStroke.getKeyStroke(KeyEvent.VK_A, ALT | SHIFT));
        keys.put("cases.replan", KeyStroke.getKeyStroke(KeyEvent.VK_R, ALT | SHIFT));
        keys.put("cases.snooze", KeyStroke.getKeyStroke(KeyEvent.VK_Z, ALT | SHIFT));
        keys.put("cases.stepDone", KeyStroke.getKeyStroke(KeyEvent.VK_D, ALT | SHIFT));
        keys.put("cases.skip", KeyStroke.getKeyStroke(KeyEvent.VK_S, ALT | SHIFT));
        keys.put("cases.addStep", KeyStroke.getKeyStroke(KeyEvent.VK_INSERT, ALT | SHIFT));
        keys.put("cases.close", KeyStroke.getKeyStroke(KeyEvent.VK_C, ALT | SHIFT));
        keys.put("cases.inbox.typed", KeyStroke.getKeyStroke(KeyEvent.VK_M, CTRL | SHIFT));
        keys.put("cases.inbox.paste", KeyStroke.getKeyStroke(KeyEvent.VK_V, CTRL | SHIFT));
        keys.put("cases.inbox.callBack", KeyStroke.getKeyStroke(KeyEvent.VK_B, ALT | SHIFT));
        keys.put("cases.inbox.import", KeyStroke.getKeyStroke(KeyEvent.VK_I, ALT | SHIFT));
        keys.put("cases.contacts.import", KeyStroke.getKeyStroke(KeyEvent.VK_K, ALT | SHIFT));
        keys.put("cases.contacts.edit", KeyStroke.getKeyStroke(KeyEvent.VK_E, ALT | SHIFT));
        keys.put("cases.templates.edit", KeyStroke.getKeyStroke(KeyEvent.VK_T, ALT | SHIFT));
        keys.put("cases.refresh", KeyStroke.getKeyStroke(KeyEvent.VK_F5, ALT | SHIFT));
        keys.put("cases.card.focusAnswer", KeyStroke.getKeyStroke(KeyEvent.VK_A, CTRL | SHIFT));
        // the rules beside a call (issue 16): the opening statement was said
        keys.put("calls.openingSaid", KeyStroke.getKeyStroke(KeyEvent.VK_F6, 0));
        // a stop-contact request for the lead's product only (all marketing is the 수신거부 outcome)
        keys.put("calls.stopForProduct", KeyStroke.getKeyStroke(KeyEvent.VK_F9, 0));
        // take back the last outcome until the next dial (issue 14); also in the Tools menu
        keys.put("calls.undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, CTRL));
        // the QA re-recording on screen was made (issue 14: the re-recording call knows what it is)
        keys.put("calls.reRecorded", KeyStroke.getKeyStroke(KeyEvent.VK_F8, 0));
        // the happy call on the selected contract (Ctrl+Alt like the other contract actions)
        keys.put("contracts.happyCall.NO_ANSWER", KeyStroke.getKeyStroke(KeyEvent.VK_N, CTRL | ALT));
        keys.put("contracts.happyCall.PASSED", KeyStroke.getKeyStroke(KeyEvent.VK_H, CTRL | ALT));
        keys.put("contracts.happyCall.FAILED", KeyStroke.getKeyStroke(KeyEvent.VK_F, CTRL | ALT));
        KEYS = Collections.unmodifiableMap(keys);

        Map<String, KeyStroke> local = new LinkedHashMap<>();
        // every dialog: Escape closes it without saving
        local.put("dialog.close", KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0));
        // the stats agents table: Enter opens the drill-down, like its window-wide key
        local.put("stats.drill.table", KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0));
        // the callback booking dialog's field mnemonics (Alt+letter moves to the field)
        local.put("callbacks.book.customerAsked", KeyStroke.getKeyStroke(KeyEvent.VK_C, ALT));
        local.put("callbacks.book.dateTime", KeyStroke.getKeyStroke(KeyEvent.VK_D, ALT));
        local.put("callbacks.book.windowEnd", KeyStroke.getKeyStroke(KeyEvent.VK_U, ALT));
        local.put("callbacks.book.note", KeyStroke.getKeyStroke(KeyEvent.VK_N, ALT));
        LOCAL_KEYS = Collections.unmodifiableMap(local);
    }

    private KeyTable() {
    }

    public static Optional<KeyStroke> keyFor(String actionId) {
        return Optional.ofNullable(KEYS.get(actionId));
    }

    /** A key that acts inside one dialog or one table only ({@code dialog.close}: Escape). */
    public static KeyStroke localKey(String id) {
        KeyStroke key = LOCAL_KEYS.get(id);
        if (key == null) {
            throw new IllegalArgumentException("No local key " + id + " in the KeyTable");
        }
        return key;
    }

    /** The key code of a field's mnemonic (used with Alt), from the local keys. */
    public static int mnemonic(String id) {
        return localKey(id).getKeyCode();
    }

    /** The dialog- and table-local keys, in declaration order: for the duplicate test. */
    public static Map<String, KeyStroke> local() {
        return LOCAL_KEYS;
    }

    /** All bindings, in declaration order: for the shortcut sheet and the duplicate test. */
    public static Map<String, KeyStroke> all() {
        return KEYS;
    }
}

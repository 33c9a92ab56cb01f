package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyBindings;
import dev.dialdesk.ui.action.KeyTable;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * The call loop's keys, anywhere in the window: F2 next, F3 dial, F4 hang up, F5 note, F7 callback,
 * and the plain number keys 1–9 (on the main row or the numeric keypad) for the outcomes. A number key records only while the focus is not in
 * an editable text field (search, notes, the call note), so typing "5678" in the search never records
 * an outcome: there the digit is typed, as the agent expects.
 */
final class CallKeys {

    private static final String[] LOOP_KEYS = {"calls.next", "calls.dial", "calls.hangUp", "calls.note", "calls.callback"};

    private CallKeys() {
    }

    static void bind(JComponent panel, Messages messages, CallPresenter presenter) {
        int anywhere = JComponent.WHEN_IN_FOCUSED_WINDOW;
        // The loop's keys take the focus out of any text field at once (not when the lead arrives), so
        // that a number key typed right after them records the outcome instead of typing a digit.
        KeyBindings.bind(panel, anywhere, BaseAction.of("calls.next", messages, () -> {
            panel.requestFocusInWindow();
            presenter.next();
        }));
        KeyBindings.bind(panel, anywhere, BaseAction.of("calls.dial", messages, () -> {
            panel.requestFocusInWindow();
            presenter.dial();
        }));
        KeyBindings.bind(panel, anywhere, BaseAction.of("calls.hangUp", messages, () -> {
            panel.requestFocusInWindow();
            presenter.hangUp();
        }));
        KeyBindings.bind(panel, anywhere, BaseAction.of("calls.note", messages, presenter::focusNote));
        KeyBindings.bind(panel, anywhere, BaseAction.of("calls.callback", messages, presenter::callback));
        for (int position = 1; position <= 9; position++) {
            int chosen = position;
            KeyBindings.bind(panel, anywhere, new NotWhileTyping("calls.disposition." + position, messages,
                    () -> presenter.disposition(chosen)));
            KeyBindings.bind(panel, anywhere, new NotWhileTyping("calls.disposition." + position + ".keypad", messages,
                    () -> presenter.disposition(chosen)));
        }
    }

    /**
     * Takes the loop's keys back from components that bind them for themselves (a table binds F2 to
     * edit a cell), so that they work wherever the focus is. Call once the window's screens are built.
     */
    static void claim(Container root) {
        for (Component child : root.getComponents()) {
            if (child instanceof JComponent component) {
                for (String id : LOOP_KEYS) {
                    KeyStroke key = KeyTable.keyFor(id).orElseThrow();
                    release(component, JComponent.WHEN_FOCUSED, key);
                    release(component, JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT, key);
                }
            }
            if (child instanceof Container container) {
                claim(container);
            }
        }
    }

    private static void release(JComponent component, int condition, KeyStroke key) {
        if (component.getInputMap(condition).get(key) != null) {
            component.getInputMap(condition).put(key, "none");
        }
    }

    /** True while the focus is in a field the agent types into. */
    static boolean typing() {
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner instanceof JTextComponent text && text.isEditable();
    }

    /** A key action that stands aside while the agent types (the digit goes into the field). */
    private static final class NotWhileTyping extends BaseAction {
        private final Runnable command;

        NotWhileTyping(String id, Messages messages, Runnable command) {
            super(id, messages);
            this.command = command;
        }

        @Override
        public boolean isEnabled() {
            return super.isEnabled() && !typing();
        }

        @Override
        protected void perform(java.awt.event.ActionEvent event) {
            command.run();
        }
    }
}

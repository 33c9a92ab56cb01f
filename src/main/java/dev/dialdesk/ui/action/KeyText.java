package dev.dialdesk.ui.action;

import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** How a key of the {@link KeyTable} is written on a button or in a hint: "F2", "Ctrl+1", "1". */
public final class KeyText {

    private KeyText() {
    }

    /** The key as a person reads it: "Alt+5", "Ctrl+Shift+1"; an empty text for no key. */
    public static String of(KeyStroke key) {
        if (key == null) {
            return "";
        }
        String modifiers = KeyEvent.getModifiersExText(key.getModifiers());
        String name = KeyEvent.getKeyText(key.getKeyCode());
        return modifiers.isEmpty() ? name : modifiers + "+" + name;
    }

    /** The key of {@code actionId}, or an empty text when it has none. */
    public static String of(String actionId) {
        return KeyTable.keyFor(actionId).map(KeyText::of).orElse("");
    }
}

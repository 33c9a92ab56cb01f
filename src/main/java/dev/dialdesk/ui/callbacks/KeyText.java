package dev.dialdesk.ui.callbacks;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/** A key stroke as a person reads it on a button: "Alt+5", "Ctrl+Shift+1". */
final class KeyText {

    private KeyText() {
    }

    static String of(KeyStroke key) {
        if (key == null) {
            return "";
        }
        String modifiers = InputEvent.getModifiersExText(key.getModifiers());
        String name = KeyEvent.getKeyText(key.getKeyCode());
        return modifiers.isEmpty() ? name : modifiers + "+" + name;
    }
}

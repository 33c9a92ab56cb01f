package dev.dialdesk.ui.action;

import javax.swing.JComponent;
import javax.swing.KeyStroke;

/** Binds an action to a component under the key stroke {@link KeyTable} gives its id. */
public final class KeyBindings {

    private KeyBindings() {
    }

    /**
     * @param condition {@link JComponent#WHEN_FOCUSED}, {@link JComponent#WHEN_ANCESTOR_OF_FOCUSED_COMPONENT}
     *                  or {@link JComponent#WHEN_IN_FOCUSED_WINDOW}
     */
    public static void bind(JComponent component, int condition, BaseAction action) {
        KeyStroke key = KeyTable.keyFor(action.id())
                .orElseThrow(() -> new IllegalArgumentException("No key for " + action.id() + " in KeyTable"));
        component.getInputMap(condition).put(key, action.id());
        component.getActionMap().put(action.id(), action);
    }
}

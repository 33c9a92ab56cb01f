package dev.dialdesk.ui.common;

import dev.dialdesk.ui.action.KeyTable;
import java.awt.event.ActionEvent;
import java.awt.event.WindowEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JRootPane;
import javax.swing.UIManager;
import javax.swing.WindowConstants;

/**
 * The one way a dialog of Dialdesk closes from the keyboard: Escape ({@code dialog.close} in the
 * {@link KeyTable}) does what the close box does, so a dialog's own "closed without saving" handling
 * (a cancelled booking, a cancelled import) runs the same way for both.
 */
public final class Dialogs {

    static final String CLOSE = "dialog.close";

    private Dialogs() {
    }

    /**
     * Escape closes {@code dialog} through its close box (a {@code WINDOW_CLOSING} event). A dialog left on
     * Swing's default (hide) is disposed instead; one that handles closing itself ({@code DO_NOTHING_ON_CLOSE}
     * and a window listener) keeps doing so.
     */
    public static <D extends JDialog> D closeOnEscape(D dialog) {
        if (dialog.getDefaultCloseOperation() == WindowConstants.HIDE_ON_CLOSE) {
            dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        }
        JRootPane root = dialog.getRootPane();
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyTable.localKey(CLOSE), CLOSE);
        root.getActionMap().put(CLOSE, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                dialog.dispatchEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSING));
            }
        });
        return dialog;
    }

    /**
     * The message, question and input dialogs of {@code JOptionPane} close on the same key: the look and
     * feel's window binding for them is taken from the {@link KeyTable}. Call after the look and feel is
     * installed (the value stays across a theme switch).
     */
    public static void optionPanesCloseOnEscape() {
        UIManager.put("OptionPane.windowBindings", new Object[] {KeyTable.localKey(CLOSE), "close"});
    }
}

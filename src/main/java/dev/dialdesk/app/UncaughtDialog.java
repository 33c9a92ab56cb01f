package dev.dialdesk.app;

import dev.dialdesk.ui.common.ErrorReporter;
import javax.swing.JOptionPane;

/** Shows an uncaught error once; a burst of the same failure does not stack up dialogs. */
final class UncaughtDialog {

    private static boolean showing;

    private UncaughtDialog() {
    }

    static void show(ErrorReporter errors, Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            JOptionPane.showMessageDialog(null, errors.describe(error),
                    errors.messages().get("error.title"), JOptionPane.ERROR_MESSAGE);
        } finally {
            showing = false;
        }
    }
}

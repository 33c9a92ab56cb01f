package dev.dialdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import java.awt.Dialog;
import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work that fails after its window was closed (a reload, a live update finishing late) is logged, not shown:
 * an error dialog with no window behind it would take the focus from the window on screen now.
 */
class ErrorReporterGuiTest {

    @TempDir
    Path logs;

    @Test
    void aFailureReportedOverAClosedWindowShowsNoDialog() {
        ErrorReporter errors = new ErrorReporter(Messages.forLocale(Locale.ENGLISH), logs);
        JLabel inTheClosedWindow = GuiActionRunner.execute(() -> {
            JFrame frame = new JFrame("closed");
            JLabel label = new JLabel("list");
            frame.add(label);
            frame.pack();
            frame.dispose();
            return label;
        });

        // Reported the way a background task does it: later, on the event thread (a modal dialog would block here).
        java.awt.EventQueue.invokeLater(() -> errors.report(inTheClosedWindow, "Loading the lead list",
                new IllegalStateException("the database was closed")));
        assertThat(dialogsShownHalfASecondLater()).as("dialogs on screen").isEmpty();
    }

    @Test
    void aFailureReportedOverAScreenNeverPutInAWindowShowsNoDialog() {
        ErrorReporter errors = new ErrorReporter(Messages.forLocale(Locale.ENGLISH), logs);
        JLabel onAScreenNeverShown = GuiActionRunner.execute(() -> new JLabel("cases"));

        // A live update reloads a screen built on first use that was never opened (LiveWiring, the cases).
        java.awt.EventQueue.invokeLater(() -> errors.report(onAScreenNeverShown, "Loading the cases",
                new IllegalStateException("the server went away")));
        assertThat(dialogsShownHalfASecondLater()).as("dialogs on screen").isEmpty();
    }

    @Test
    void aFailureReportedOverNoParentAfterItsWindowClosedShowsNoDialog() {
        ErrorReporter errors = new ErrorReporter(Messages.forLocale(Locale.ENGLISH), logs);
        errors.windowClosed();

        // The call panel's tasks report over no parent (the centre of the screen); its desk has closed.
        java.awt.EventQueue.invokeLater(() -> errors.report(null, "Recording the outcome",
                new IllegalStateException("the database was closed")));
        assertThat(dialogsShownHalfASecondLater()).as("dialogs on screen").isEmpty();
    }

    /** The dialogs on screen half a second after a report was posted; closed, so that none stays for the next test. */
    private static java.util.List<Window> dialogsShownHalfASecondLater() {
        org.assertj.swing.timing.Pause.pause(500);
        java.util.List<Window> shown = GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w instanceof Dialog && w.isShowing()).toList());
        GuiActionRunner.execute(() -> shown.forEach(Window::dispose));
        return shown;
    }
}

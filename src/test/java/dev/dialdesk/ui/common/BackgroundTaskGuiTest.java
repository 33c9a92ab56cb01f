package dev.dialdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work finished off the event thread hands its outcome back as an event of its own: a modal dialog that one
 * outcome opens (the callback booking after 7) does not hold back another that finished at the same moment
 * (the lead list's new row).
 */
class BackgroundTaskGuiTest {

    @TempDir
    Path logs;

    @Test
    void aModalDialogOpenedByOneOutcomeDoesNotHoldBackAnotherFinishedWithIt() throws Exception {
        BackgroundTaskRunner tasks = new BackgroundTaskRunner(new ErrorReporter(Messages.forLocale(Locale.ENGLISH), logs),
                null);
        CountDownLatch recordedReturns = new CountDownLatch(1);
        CountDownLatch rowShown = new CountDownLatch(1);
        JDialog[] booking = new JDialog[1];
        GuiActionRunner.execute(() -> {
            tasks.run("Recording the outcome", () -> {
                recordedReturns.countDown();
                return "recorded";
            }, recorded -> {
                booking[0] = new JDialog((java.awt.Frame) null, "booking", true);
                booking[0].setSize(200, 100);
                booking[0].setVisible(true); // modal: the event thread waits here until it is closed
            });
            tasks.run("Refreshing the lead's row", () -> {
                recordedReturns.await(5, TimeUnit.SECONDS);
                Thread.sleep(5); // finished a moment after the outcome, within the same frame
                return "row";
            }, row -> rowShown.countDown());
            return null;
        });
        try {
            assertThat(rowShown.await(5, TimeUnit.SECONDS)).as("the row shown while the dialog is open").isTrue();
        } finally {
            GuiActionRunner.execute(() -> {
                if (booking[0] != null) {
                    booking[0].dispose();
                }
                return null;
            });
        }
    }
}

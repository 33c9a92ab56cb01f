package dev.dialdesk.ui.common;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.i18n.UserFacingException;
import java.awt.Component;
import java.nio.file.Path;
import javax.swing.JOptionPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors are logged once and shown once, in words the agent understands and with what to do next.
 * Expected failures ({@link UserFacingException}) show their own message; anything else says that
 * something went wrong and where the log is.
 */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Messages messages;
    private final Path logDir;
    /** Set once the window these errors belong to has closed ({@link #windowClosed()}). */
    private volatile boolean windowClosed;

    public ErrorReporter(Messages messages, Path logDir) {
        this.messages = messages;
        this.logDir = logDir;
    }

    /** The text to show for {@code error}. */
    public String describe(Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof UserFacingException userFacing) {
                return messages.get(userFacing.userMessage());
            }
            cause = cause.getCause();
        }
        return messages.get("error.unexpected", logDir.toString());
    }

    /**
     * Logs the error and shows it in a dialog over {@code parent}. Call on the event thread. A window that
     * was closed meanwhile (work that finished after it), or a screen that is in no window, shows nothing: a
     * dialog with no window behind it would only take the focus from whatever is on screen now.
     */
    public void report(Component parent, String context, Throwable error) {
        Edt.assertEdt();
        log(context, error);
        if (windowClosed || closed(parent)) {
            return;
        }
        JOptionPane.showMessageDialog(parent, describe(error), messages.get("error.title"), JOptionPane.ERROR_MESSAGE);
    }

    /**
     * The window these errors belong to was closed: what still fails afterwards (work that finishes after it,
     * reported over no parent or the centre of the screen) is logged, not shown over the next window.
     */
    public void windowClosed() {
        windowClosed = true;
    }

    /**
     * Whether nothing of {@code parent} is on screen: a window closed meanwhile, or a screen never put into one
     * (a screen built on first use, whose reload a live update started before it was ever shown). A null parent
     * is the centre of the screen, on purpose.
     */
    private static boolean closed(Component parent) {
        if (parent == null) {
            return false;
        }
        java.awt.Window window = parent instanceof java.awt.Window w ? w : javax.swing.SwingUtilities.getWindowAncestor(parent);
        return window == null || !window.isDisplayable();
    }

    /** Logs without showing: for errors already shown in place (a status line, a field). */
    public void log(String context, Throwable error) {
        if (error instanceof UserFacingException) {
            LOG.warn("{}: {}", context, error.getMessage(), error);
        } else {
            LOG.error("{}: unexpected error", context, error);
        }
    }

    public Messages messages() {
        return messages;
    }
}

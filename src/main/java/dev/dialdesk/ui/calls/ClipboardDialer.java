package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.calls.Dialer;
import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.util.function.Supplier;

/**
 * The default dial method, for a desk phone: copies the national number (digits only, e.g.
 * {@code 01012345678}) so that the agent pastes or reads it. Reached only through the call gate.
 */
public final class ClipboardDialer implements Dialer {

    private final Supplier<Clipboard> clipboard;

    /** The system clipboard. */
    public ClipboardDialer() {
        this(() -> Toolkit.getDefaultToolkit().getSystemClipboard());
    }

    /** A given clipboard (tests pass a private one, so that they never touch the desktop's). */
    public ClipboardDialer(Supplier<Clipboard> clipboard) {
        this.clipboard = clipboard;
    }

    @Override
    public DialMethod method() {
        return DialMethod.CLIPBOARD;
    }

    @Override
    public void place(PhoneNumber number) {
        try {
            clipboard.get().setContents(new StringSelection(number.nationalDigits()), null);
        } catch (IllegalStateException | HeadlessException e) {
            throw new UserFacingException(new Message("callscreen.dial.clipboardBusy"),
                    "Clipboard unavailable for " + number.masked() + ": " + e.getMessage(), e);
        }
    }
}

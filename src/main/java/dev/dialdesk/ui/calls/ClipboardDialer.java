package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.calls.ClipboardFormat;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.calls.Dialer;
import dev.dialdesk.service.settings.Settings;
import java.awt.HeadlessException;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.util.function.Supplier;

/**
 * The default dial method, for a desk phone: copies the national number so that the agent pastes or
 * reads it, digits only ({@code 01012345678}) unless the setting {@code calls.clipboard.format} asks
 * for dashes ({@code 010-1234-5678}). Reached only through the call gate.
 */
public final class ClipboardDialer implements Dialer {

    private final Supplier<Clipboard> clipboard;
    private final Supplier<ClipboardFormat> format;

    /** The system clipboard, in the format the settings give (read at each dial). */
    public ClipboardDialer(Settings settings) {
        this(() -> Toolkit.getDefaultToolkit().getSystemClipboard(),
                () -> settings.get(CallSettingKeys.CLIPBOARD_FORMAT));
    }

    /** A given clipboard (tests pass a private one, so that they never touch the desktop's). */
    public ClipboardDialer(Supplier<Clipboard> clipboard, Supplier<ClipboardFormat> format) {
        this.clipboard = clipboard;
        this.format = format;
    }

    /** What is copied for {@code number}. */
    static String text(PhoneNumber number, ClipboardFormat format) {
        return format == ClipboardFormat.DASHES ? number.national() : number.nationalDigits();
    }

    @Override
    public DialMethod method() {
        return DialMethod.CLIPBOARD;
    }

    @Override
    public void place(PhoneNumber number) {
        try {
            clipboard.get().setContents(new StringSelection(text(number, format.get())), null);
        } catch (IllegalStateException | HeadlessException e) {
            throw new UserFacingException(new Message("callscreen.dial.clipboardBusy"),
                    "Clipboard unavailable for " + number.masked() + ": " + e.getMessage(), e);
        }
    }
}

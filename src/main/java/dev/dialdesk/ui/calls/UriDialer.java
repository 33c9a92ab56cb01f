package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.calls.Dialer;
import dev.dialdesk.service.settings.Settings;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Opens a {@code tel:} or {@code sip:} URI (template in the settings, {@code {number}} is the E.164
 * number) with the desktop's handler: a softphone that registered the scheme. Reached only through
 * the call gate. The lead's extension goes where the template says {@code {ext}}; a template without
 * it gets the extension as pause digits after the number ({@code tel:+8221234567,123}). When the desktop cannot open URIs, or nothing handles the scheme, says so.
 */
public final class UriDialer implements Dialer {

    private final Settings settings;

    public UriDialer(Settings settings) {
        this.settings = settings;
    }

    @Override
    public DialMethod method() {
        return DialMethod.URI;
    }

    @Override
    public void place(PhoneNumber number) {
        place(number, "");
    }

    @Override
    public void place(PhoneNumber number, String extension) {
        URI uri = uri(settings.get(CallSettingKeys.DIAL_URI), number, extension);
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            throw new UserFacingException(new Message("callscreen.dial.noUriSupport", uri.getScheme()),
                    "This desktop cannot open URIs");
        }
        try {
            Desktop.getDesktop().browse(uri);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new UserFacingException(new Message("callscreen.dial.noUriHandler", uri.getScheme()),
                    "No handler for " + uri.getScheme() + ": URIs (" + number.masked() + "): " + e.getMessage(), e);
        }
    }

    /** The URI for {@code number}: {@code tel:+821012345678}, {@code tel:+8221234567,123} with extension 123. */
    static URI uri(String template, PhoneNumber number, String extension) {
        String t = template.strip();
        String pause = extension.isEmpty() || t.contains("{ext}") ? "" : "," + extension;
        String text = t.replace("{number}", number.e164() + pause).replace("{digits}", number.nationalDigits() + pause)
                .replace("{ext}", extension);
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null) {
                throw new URISyntaxException(text, "no scheme");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UserFacingException(new Message("callscreen.dial.badUri", template),
                    "Dial URI template is not a URI (" + e.getReason() + ")");
        }
    }
}

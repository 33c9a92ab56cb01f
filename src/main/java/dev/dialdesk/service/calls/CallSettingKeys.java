package dev.dialdesk.service.calls;

import dev.dialdesk.domain.calls.CallingHours;
import dev.dialdesk.service.settings.SettingKey;

/** The call loop's user settings (kept here, beside the feature, rather than in the shared list). */
public final class CallSettingKeys {

    private CallSettingKeys() {
    }

    /** How a number is placed: clipboard (desk phone, default), a tel:/sip: URI, or a command. */
    public static final SettingKey<DialMethod> DIAL_METHOD =
            SettingKey.enumeration("calls.dial.method", DialMethod.class, DialMethod.CLIPBOARD);

    /**
     * For {@link DialMethod#CLIPBOARD}: what is copied, digits only ({@code 01012345678}, the default:
     * every desk phone accepts it) or the national format with dashes ({@code 010-1234-5678}).
     */
    public static final SettingKey<ClipboardFormat> CLIPBOARD_FORMAT =
            SettingKey.enumeration("calls.clipboard.format", ClipboardFormat.class, ClipboardFormat.DIGITS);

    /** For {@link DialMethod#URI}: the URI template, {number} is the E.164 number. */
    public static final SettingKey<String> DIAL_URI = SettingKey.string("calls.dial.uri", "tel:{number}");

    /** For {@link DialMethod#COMMAND}: program and arguments split on spaces; {number} is one argument. */
    public static final SettingKey<String> DIAL_COMMAND = SettingKey.string("calls.dial.command", "linphonecsh dial {number}");

    /** Weekly calling windows in the callee's time: {@code MON-FRI 09:00-21:00; SAT 10:00-18:00 warn}. */
    public static final SettingKey<String> CALLING_HOURS = SettingKey.string("calls.hours", CallingHours.DEFAULT_TEXT);
}

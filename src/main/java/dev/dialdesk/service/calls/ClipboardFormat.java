package dev.dialdesk.service.calls;

/**
 * How the clipboard dialer writes a number for a desk phone. Digits only is the default: desk phones
 * and their dialling software accept {@code 01012345678} everywhere, while some reject or mis-dial
 * the dashes of {@code 010-1234-5678}.
 */
public enum ClipboardFormat {
    /** {@code 01012345678}. */
    DIGITS,
    /** The national format as people write it: {@code 010-1234-5678}, {@code 02-123-4567}. */
    DASHES
}

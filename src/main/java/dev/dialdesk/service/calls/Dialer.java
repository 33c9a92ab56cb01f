package dev.dialdesk.service.calls;

import dev.dialdesk.domain.PhoneNumber;

/**
 * Places a number by one {@link DialMethod}. Only {@link CallService#startCall} calls {@link #place}:
 * the do-not-call and calling-hours gate stands in front of every dialer (an ArchUnit test keeps it so).
 */
public interface Dialer {

    DialMethod method();

    /**
     * Places the call. Returns quickly (a started program is not waited for).
     *
     * @throws dev.dialdesk.domain.i18n.UserFacingException when the number could not be placed
     */
    void place(PhoneNumber number);

    /**
     * Places the call and dials {@code extension} (digits, "" for none) after the number where this
     * dialer can; the default places the number alone (the clipboard copies only the number).
     */
    default void place(PhoneNumber number, String extension) {
        place(number);
    }
}

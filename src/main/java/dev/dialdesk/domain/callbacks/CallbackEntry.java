package dev.dialdesk.domain.callbacks;

import java.util.Objects;

/**
 * A callback as the agenda, the reminder and the status bar show it: with the customer's name (for
 * the screen only; {@link #toString()} leaves it out so that it never reaches a log).
 */
public record CallbackEntry(Callback callback, String customerName) {

    public CallbackEntry {
        Objects.requireNonNull(callback, "callback");
        customerName = customerName == null ? "" : customerName;
    }

    @Override
    public String toString() {
        return "CallbackEntry[" + callback + "]";
    }
}

package dev.dialdesk.domain.callbacks;

import dev.dialdesk.domain.i18n.Message;
import java.util.Objects;

/** One thing the booking rules say about a requested time. */
public record BookingIssue(Severity severity, Message message) {

    public enum Severity {
        /** The time cannot be booked. */
        REFUSED,
        /** Bookable once the agent confirms. */
        WARNING,
        /** Bookable once the agent confirms, shown as loudly as the screen can (a QA deadline). */
        LOUD_WARNING
    }

    public BookingIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }
}

package dev.dialdesk.domain.callbacks;

import java.util.List;
import java.util.Set;

/**
 * What the booking rules say: the issues to show, and the exceptions to audit if it is booked.
 */
public record BookingCheck(List<BookingIssue> issues, Set<BookingException> exceptions) {

    public BookingCheck {
        issues = List.copyOf(issues);
        exceptions = Set.copyOf(exceptions);
    }

    public boolean isRefused() {
        return issues.stream().anyMatch(i -> i.severity() == BookingIssue.Severity.REFUSED);
    }

    /** Bookable, but only after the agent confirmed the warnings. */
    public boolean needsConfirmation() {
        return !isRefused() && !issues.isEmpty();
    }

    public boolean isLoud() {
        return issues.stream().anyMatch(i -> i.severity() == BookingIssue.Severity.LOUD_WARNING);
    }
}

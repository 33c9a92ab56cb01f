package dev.dialdesk.service.callbacks;

import dev.dialdesk.domain.callbacks.CallbackEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One tick of the reminder timer.
 *
 * @param remind      pending callbacks due within the reminder lead time (or overdue), not snoozed
 * @param next        the agent's next pending callback, for the status bar
 * @param openToday   pending callbacks due by the end of today plus missed ones: the navigation count
 */
public record ReminderCheck(Instant at, List<CallbackEntry> remind, Optional<CallbackEntry> next, int openToday) {

    public ReminderCheck {
        remind = List.copyOf(remind);
    }
}

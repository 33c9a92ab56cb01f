package dev.dialdesk.domain.callbacks;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The scheduler's clocks: the grace period after which an unattempted callback is missed, the
 * reminder lead time, the snooze length, and how early a logged call may be and still keep the
 * appointment (agents dial when the reminder shows).
 */
public record CallbackTiming(Duration grace, Duration reminderLead, Duration snooze, Duration earlyCall) {

    public static final CallbackTiming DEFAULTS =
            new CallbackTiming(Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5));

    public CallbackTiming {
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(reminderLead, "reminderLead");
        Objects.requireNonNull(snooze, "snooze");
        Objects.requireNonNull(earlyCall, "earlyCall");
    }

    /** Is a still pending callback missed at {@code now}? */
    public boolean isMissed(Callback callback, Instant now) {
        return callback.status() == CallbackStatus.PENDING && missedBefore(now).isAfter(callback.dueAt());
    }

    /** Pending callbacks due before this instant are missed at {@code now}. */
    public Instant missedBefore(Instant now) {
        return now.minus(grace);
    }

    /** Does a pending callback call for a reminder at {@code now}? */
    public boolean shouldRemind(Callback callback, Instant now) {
        return callback.status() == CallbackStatus.PENDING
                && !callback.dueAt().isAfter(now.plus(reminderLead))
                && (callback.snoozedUntil() == null || !callback.snoozedUntil().isAfter(now));
    }

    /** Does a call that ended at {@code endedAt} keep (complete) this callback? */
    public boolean completes(Callback callback, Instant endedAt) {
        return callback.status().isOpen() && !endedAt.isBefore(callback.dueAt().minus(earlyCall));
    }
}

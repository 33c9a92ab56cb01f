package dev.dialdesk.domain.calls;

import java.time.Duration;
import java.util.Objects;

/**
 * When a lead may be dialled again after a disposition.
 *
 * <ul>
 *   <li>{@link Kind#RETRY}: after {@code delay}, while the lead has had fewer than {@code maxAttempts}
 *       attempts (0 = no cap);</li>
 *   <li>{@link Kind#BOOKED}: at a time the callback scheduler books, never by a delay;</li>
 *   <li>{@link Kind#NEVER}: the lead is done.</li>
 * </ul>
 */
public record RetryRule(Kind kind, Duration delay, int maxAttempts) {

    /** How the next attempt is decided. Stored by name. */
    public enum Kind {
        RETRY,
        BOOKED,
        NEVER
    }

    public RetryRule {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.RETRY) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("retry delay must not be negative");
            }
        } else {
            delay = null;
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("maxAttempts must be 0 (no cap) or more");
        }
    }

    public static RetryRule after(Duration delay, int maxAttempts) {
        return new RetryRule(Kind.RETRY, delay, maxAttempts);
    }

    public static RetryRule booked() {
        return new RetryRule(Kind.BOOKED, null, 0);
    }

    public static RetryRule never() {
        return new RetryRule(Kind.NEVER, null, 0);
    }

    /** Whether a lead that has had {@code attempts} attempts has used up this rule's cap. */
    public boolean capReached(int attempts) {
        return kind == Kind.RETRY && maxAttempts > 0 && attempts >= maxAttempts;
    }
}

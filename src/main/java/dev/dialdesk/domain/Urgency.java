package dev.dialdesk.domain;

import java.time.Duration;

/**
 * How loud a countdown is. One scale, shared by QA deadlines and callbacks; each level has a theme
 * colour ({@code Dialdesk.urgency.<level>.*}).
 */
public enum Urgency {
    /** Two days or more left. */
    CALM,
    /** Under 48 hours. */
    SOON,
    /** Under 24 hours. */
    DUE,
    /** Under 4 hours: the strongest. */
    CRITICAL,
    /** Past the deadline. */
    EXPIRED,
    /** Nothing left to do (re-recorded, passed). */
    DONE;

    /** The urgency of a deadline {@code remaining} away. */
    public static Urgency of(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return EXPIRED;
        }
        if (remaining.compareTo(Duration.ofHours(4)) < 0) {
            return CRITICAL;
        }
        if (remaining.compareTo(Duration.ofHours(24)) < 0) {
            return DUE;
        }
        if (remaining.compareTo(Duration.ofHours(48)) < 0) {
            return SOON;
        }
        return CALM;
    }

    /** Theme key prefix, e.g. {@code Dialdesk.urgency.due}. */
    public String themeKey() {
        return "Dialdesk.urgency." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

package dev.dialdesk.domain.callbacks;

/** A booking allowed against a rule: each one is written to the callback audit. */
public enum BookingException {
    /** Outside calling hours, because the customer asked for that time. */
    OUTSIDE_HOURS,
    /** On a public holiday, because the customer asked for that day. */
    HOLIDAY,
    /** A re-recording after its contract's QA deadline, confirmed by the agent. */
    AFTER_QA_DEADLINE
}

package dev.dialdesk.domain.callbacks;

/** Where a callback stands. PENDING and MISSED are open: they are still to be called. */
public enum CallbackStatus {
    /** Booked, not yet called (possibly overdue, within the grace period). */
    PENDING,
    /** A call to the lead was logged at or after the due time. */
    DONE,
    /** Not attempted within the grace period after its due time; stays in the overdue list. */
    MISSED,
    /** Cancelled by the agent, with a reason. */
    CANCELLED;

    public boolean isOpen() {
        return this == PENDING || this == MISSED;
    }
}

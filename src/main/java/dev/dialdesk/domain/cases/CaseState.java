package dev.dialdesk.domain.cases;

/** Where a follow-up case stands. */
public enum CaseState {
    /** A step is to be called. */
    OPEN,
    /** Every open step waits for a party's answer. */
    WAITING,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == WAITING;
    }
}

package dev.dialdesk.domain.cases;

/** Where a step of a chain stands. */
public enum StepState {
    /** Still to be called. */
    TODO,
    /** Asked; waiting for the party's answer. */
    ASKED,
    /** The party answered (the answer and its time are kept). */
    ANSWERED,
    DONE,
    SKIPPED;

    /** Still to be called or answered: in the agenda. */
    public boolean isOpen() {
        return this == TODO || this == ASKED;
    }

    /** Steps waiting on this one may go ahead. */
    public boolean releasesDependants() {
        return !isOpen();
    }
}

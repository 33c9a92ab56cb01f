package dev.dialdesk.domain.timeline;

/**
 * What happened to a customer, one line of the timeline. Declared in the order things happen within
 * one moment (a call, then the callback it booked, then the contract), so that events at the same
 * instant still read newest first.
 */
public enum TimelineEvent {
    /** The lead arrived in a batch: subject is the batch name. */
    IMPORTED,
    /** A case step was asked: subject is the party, text the question. */
    CASE_STEP_ASKED,
    /** A case step was answered: subject is the party, text the answer. */
    CASE_STEP_ANSWERED,
    /** A follow-up case was opened: subject is its title. */
    CASE_OPENED,
    /** A follow-up case was closed (done or cancelled): subject is its title, text its state. */
    CASE_CLOSED,
    /** A dial attempt: subject is the disposition code, amount the talk time in milliseconds, text the note. */
    CALL,
    /** A callback kept by a call: subject is the outcome code, due the booked time. */
    CALLBACK_KEPT,
    /** A callback missed: due the booked time. */
    CALLBACK_MISSED,
    /** A callback cancelled: text the reason. */
    CALLBACK_CANCELLED,
    /** A callback booked: subject is NORMAL or RE_RECORDING, due the booked time, text the note. */
    CALLBACK_BOOKED,
    /** A contract made: subject is the product, amount the monthly premium in won. */
    CONTRACT_SIGNED,
    /** QA asked for a re-recording: subject is the reason, due the deadline. */
    QA_RE_RECORDING_REQUIRED,
    /** The re-recording was made. */
    CONTRACT_RE_RECORDED,
    /** The contract was returned (반송): subject is DEADLINE or QA_REJECTED. */
    CONTRACT_RETURNED,
    /** The customer withdrew (철회): text the reason. */
    CONTRACT_WITHDRAWN,
    /** The contract was cancelled. */
    CONTRACT_CANCELLED,
    /** The lead's notes were changed: text the notes after the change (empty when cleared). */
    NOTES_CHANGED;

    /** True for the events that end a contract (it is no longer open). */
    public boolean endsContract() {
        return this == CONTRACT_RETURNED || this == CONTRACT_WITHDRAWN || this == CONTRACT_CANCELLED;
    }
}

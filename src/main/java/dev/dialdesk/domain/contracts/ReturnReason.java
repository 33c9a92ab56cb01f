package dev.dialdesk.domain.contracts;

/** Why a contract was returned (반송). */
public enum ReturnReason {
    /** The re-recording was not made by the deadline: returned automatically. */
    DEADLINE,
    /** QA rejected the contract outright. */
    QA_REJECTED
}

package dev.dialdesk.domain;

/** Where a lead stands in being worked. Stored by {@link #name()}; never rename a constant. */
public enum LeadStatus {
    /** Imported, never dialled. */
    NEW,
    /** Dialled, nobody answered yet (no answer, busy, phone off): retried. */
    NO_ANSWER,
    /** The customer asked to be called back at a booked time. */
    CALLBACK,
    /** "I'll think about it": a contact that did not decide. */
    THINKING,
    /** The customer said no. Final. */
    REFUSED,
    /** A contract (청약) was closed. Final. */
    CONTRACTED,
    /** The customer asked never to be called again (수신거부). Final, forever. */
    DO_NOT_CALL,
    /** The number is wrong or dead (결번). Final. */
    WRONG_NUMBER;

    /** A final lead is never offered by the work queue again. */
    public boolean isFinal() {
        return this == REFUSED || this == CONTRACTED || this == DO_NOT_CALL || this == WRONG_NUMBER;
    }

    /** Message key of the status label. */
    public String messageKey() {
        return "lead.status." + name();
    }
}

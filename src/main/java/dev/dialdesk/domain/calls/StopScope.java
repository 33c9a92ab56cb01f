package dev.dialdesk.domain.calls;

/** How far a stop-contact request (연락금지요구) reaches: calls about one product, or all marketing. */
public enum StopScope {
    /** No marketing call of any product (수신거부, and every number of the 두낫콜 opt-out list). */
    ALL_MARKETING,
    /** No more calls about this one product; other products may still be offered. */
    PRODUCT
}

package dev.dialdesk.service.leads;

/** What the lead list can be sorted by. */
public enum LeadSortKey {
    /** Import order (the database id): how the centre handed the batch over. */
    ID,
    NAME,
    PHONE,
    STATUS,
    REGION,
    PRODUCT,
    SOURCE,
    BATCH,
    BIRTH_DATE,
    ATTEMPTS,
    AGENT
}

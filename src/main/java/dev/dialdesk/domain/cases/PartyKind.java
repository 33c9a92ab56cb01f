package dev.dialdesk.domain.cases;

/** Who a step calls: the customer of the case, or an internal contact. */
public enum PartyKind {
    CUSTOMER,
    CONTACT
}

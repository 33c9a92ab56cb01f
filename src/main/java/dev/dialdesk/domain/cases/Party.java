package dev.dialdesk.domain.cases;

import java.util.Objects;

/**
 * The party a step calls.
 *
 * @param contactId the internal contact, for {@link PartyKind#CONTACT}; null for the customer, or for a
 *                  team not in the address book yet
 * @param name      what the screen shows: the team or person ("생산팀"), empty for the customer
 */
public record Party(PartyKind kind, Long contactId, String name) {

    public Party {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        if (kind == PartyKind.CONTACT && name.isBlank()) {
            throw new IllegalArgumentException("an internal party needs a name or team");
        }
    }

    public static Party customer() {
        return new Party(PartyKind.CUSTOMER, null, "");
    }

    public static Party contact(InternalContact contact) {
        return new Party(PartyKind.CONTACT, contact.id(), contact.team().isBlank() ? contact.name() : contact.team());
    }

    public boolean isCustomer() {
        return kind == PartyKind.CUSTOMER;
    }
}

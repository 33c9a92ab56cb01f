package dev.dialdesk.storage;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.InternalContact;
import java.util.List;
import java.util.Optional;

/** The internal address book (production, materials, delivery, named people). */
public interface ContactStore {

    /** Every contact, by team then name. */
    List<InternalContact> all();

    Optional<InternalContact> find(long id);

    Optional<InternalContact> findByPhone(PhoneNumber phone);

    /**
     * Adds the contacts, or updates the one with the same number, all in one transaction.
     *
     * @return how many were added or changed
     */
    int importAll(List<InternalContact> contacts);

    /** Inserts ({@code id} 0) or updates conditionally on its version. */
    InternalContact save(InternalContact contact);
}

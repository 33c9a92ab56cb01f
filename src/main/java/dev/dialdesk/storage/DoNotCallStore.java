package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import java.util.Collection;
import java.util.Optional;

/** The do-not-call list (수신거부), matched by normalised (E.164) number. Every addition is audited. */
public interface DoNotCallStore {

    boolean contains(PhoneNumber number);

    Optional<DoNotCallEntry> find(PhoneNumber number);

    /** Adds one number (with an audit row) unless listed; returns whether it was new. */
    boolean add(PhoneNumber number, String source, AgentId agent);

    /** Adds many numbers in one transaction, each new one audited; returns how many were new. */
    int addAll(Collection<PhoneNumber> numbers, String source, AgentId agent);

    /**
     * Marks every lead whose number is on the list as do-not-call (final, out of the queue); for lead
     * import and after a list import. Returns how many leads changed.
     */
    int flagListedLeads();

    long count();
}

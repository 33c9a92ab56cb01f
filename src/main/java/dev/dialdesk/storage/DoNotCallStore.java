package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The do-not-call list (수신거부, 연락금지요구), matched by normalised (E.164) number; an entry reaches all
 * marketing or one product. Every addition is audited.
 */
public interface DoNotCallStore {

    /** Is the number listed at all (any scope)? The check for a typed number whose product is unknown. */
    boolean contains(PhoneNumber number);

    /** The number's entry, the all-marketing one first when there are several. */
    Optional<DoNotCallEntry> find(PhoneNumber number);

    /** The entry that forbids a call about {@code product} to this number: all marketing, or that product. */
    Optional<DoNotCallEntry> findFor(PhoneNumber number, String product);

    /** Adds one number for all marketing (with an audit row) unless listed so; returns whether it was new. */
    boolean add(PhoneNumber number, String source, AgentId agent);

    /** Adds a stop request for one product (audited) unless already there; returns whether it was new. */
    boolean addForProduct(PhoneNumber number, String product, String source, AgentId agent);

    /** Adds many numbers for all marketing in one transaction, each new one audited; returns how many were new. */
    int addAll(Collection<PhoneNumber> numbers, String source, AgentId agent);

    /** As {@link #addAll}, for an opt-out list (두낫콜) of {@code listDate}, which each new entry keeps. */
    int addOptOutList(Collection<PhoneNumber> numbers, LocalDate listDate, String source, AgentId agent);

    /**
     * Marks every lead whose number is listed for all marketing, or for the lead's own product, as
     * do-not-call (final, out of the queue); for lead import and after a list import. Returns how many
     * leads changed.
     */
    int flagListedLeads();

    long count();
}

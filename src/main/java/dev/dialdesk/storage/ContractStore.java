package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.ContractListing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Contracts (청약), their QA cases and the audit of every change. */
public interface ContractStore {

    /**
     * Saves a new contract and its creation audit entry in one transaction. When the contract carries
     * no customer birth date, the lead's is taken. Returns the contract as saved (with its id).
     */
    Contract insert(Contract contract, String actor, Instant at);

    Optional<Contract> find(long id);

    /** Writes the contract and its audit entries in one transaction. */
    void update(Contract contract, List<ContractChange> changes);

    /**
     * Contracts with the customer's name, newest first; only open QA cases (re-recording required,
     * most urgent first) when {@code openOnly}; only {@code agent}'s when it is not null.
     */
    List<ContractListing> list(boolean openOnly, AgentId agent);

    /** Open QA cases whose deadline is at or before {@code now}: the ones to return. */
    List<Contract> openCasesDueBy(Instant now);

    /** The earliest deadline of all open QA cases, if there is one. */
    Optional<Instant> earliestOpenDeadline();

    /** Open QA cases of every agent, for recomputing their deadlines. */
    List<Contract> openCases();

    /** Sets new deadlines (contract id to deadline) without audit: the rule changed, not the contract. */
    void updateDeadlines(Map<Long, Instant> deadlines);

    /** The lead's open QA case (the latest, if several). */
    Optional<Contract> openCaseOfLead(long leadId);

    /** Monthly premium (won) of the agent's contracts made in [from, to), cancelled ones left out. */
    long premiumWon(AgentId agent, Instant from, Instant to);

    /** The audit of one contract, oldest first. */
    List<ContractChange> audit(long contractId);
}

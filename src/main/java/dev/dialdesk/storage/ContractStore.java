package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.ContractListing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Contracts (청약), their QA cases and the audit of every change. */
public interface ContractStore {

    /**
     * Saves a new contract and its creation audit entry in one transaction. When the contract carries
     * no customer birth date, the lead's is taken. Returns the contract as saved (with its id).
     */
    Contract insert(Contract contract, String actor, Instant at);

    /**
     * Saves a contract entry sent from a desk's outbox once, by the client id the desk gave it: when a
     * contract of {@code clientId} exists, that one is returned and nothing is written. Team server only.
     */
    default Contract insertOnce(java.util.UUID clientId, Contract contract, String actor, Instant at) {
        throw new UnsupportedOperationException("Client ids of contracts are kept on the team server only");
    }

    Optional<Contract> find(long id);

    /**
     * Writes the contract and its audit entries in one transaction, if the row is still at
     * {@code contract.version()}; returns it at its new version.
     *
     * @throws ConflictException when the contract was changed (or removed) meanwhile: nothing was written
     */
    Contract update(Contract contract, List<ContractChange> changes);

    /**
     * Contracts with the customer's name, newest first; only open QA cases (re-recording required,
     * most urgent first) when {@code openOnly}; only {@code agent}'s when it is not null.
     */
    List<ContractListing> list(boolean openOnly, AgentId agent);

    /**
     * The agent's open QA cases whose (exclusive) deadline is at or before {@code now}: the ones to
     * return. Only the desk's own agent: a team lead's desk never returns its agents' contracts.
     */
    List<Contract> openCasesDueBy(AgentId agent, Instant now);

    /** The earliest deadline of the agent's open QA cases, if there is one. */
    Optional<Instant> earliestOpenDeadline(AgentId agent);

    /** The agent's open QA cases, for recomputing their deadlines. */
    List<Contract> openCases(AgentId agent);

    /** Every agent's open QA cases, the nearest deadline first: read-only views (the team lead's). */
    List<Contract> openCasesOfEveryAgent();

    /**
     * Sets the deadlines the contracts carry, without audit (the rule changed, not the contract), each
     * only if that contract is still open and at its version; returns how many were set.
     */
    int updateDeadlines(List<Contract> withNewDeadlines);

    /** The lead's open QA case (the latest, if several). */
    Optional<Contract> openCaseOfLead(long leadId);

    /** Monthly premium (won) of the agent's contracts made in [from, to), cancelled ones left out. */
    long premiumWon(AgentId agent, Instant from, Instant to);

    /** The audit of one contract, oldest first. */
    List<ContractChange> audit(long contractId);
}

package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.ContractListing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dev.dialdesk.storage.ContractStore;

/**
 * The contracts through the outbox: a contract entered after a call is saved with a client id of its
 * own and kept while the server is away; when its call waits in the outbox too, the contract names
 * that call by its client id and is linked to it once both are on the server. Edits, QA steps and
 * every read still need the server.
 */
final class OutboxContractStore implements ContractStore {

    private final ContractStore store;
    private final Outbox outbox;

    OutboxContractStore(ContractStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    @Override
    public Contract insert(Contract contract, String actor, Instant at) {
        if (!OutboxPayloads.isNewEntry(contract)) {
            return store.insert(contract, actor, at);
        }
        UUID clientId = UUID.randomUUID();
        UUID call = contract.attemptId() != null && contract.attemptId() < 0
                ? outbox.keptOutcome(contract.attemptId()).orElse(null) : null;
        Outbox.Result<Contract> result = outbox.send(Outbox.Kind.CONTRACT, clientId,
                OutboxPayloads.contract(contract, actor, at, call),
                () -> store.insertOnce(clientId, withAttempt(contract, call == null ? contract.attemptId()
                        : outbox.serverAttemptId(call).orElse(null)), actor, at));
        return result.kept() == null ? result.sent() : contract.withId(-result.kept().seq());
    }

    private static Contract withAttempt(Contract c, Long attemptId) {
        Long known = attemptId != null && attemptId < 0 ? null : attemptId;
        return new Contract(c.id(), c.leadId(), c.agentId(), known, c.sale(), c.qa(), c.afterSale(), c.createdAt(),
                c.updatedAt(), c.version());
    }

    @Override
    public Contract insertOnce(UUID clientId, Contract contract, String actor, Instant at) {
        return store.insertOnce(clientId, contract, actor, at);
    }

    @Override
    public Optional<Contract> find(long id) {
        return store.find(id);
    }

    @Override
    public Contract update(Contract contract, List<ContractChange> changes) {
        return store.update(contract, changes);
    }

    @Override
    public List<ContractListing> list(boolean openOnly, AgentId agent) {
        return store.list(openOnly, agent);
    }

    @Override
    public List<Contract> openCasesDueBy(AgentId agent, Instant now) {
        return store.openCasesDueBy(agent, now);
    }

    @Override
    public Optional<Instant> earliestOpenDeadline(AgentId agent) {
        return store.earliestOpenDeadline(agent);
    }

    @Override
    public List<Contract> openCases(AgentId agent) {
        return store.openCases(agent);
    }

    @Override
    public List<Contract> openCasesOfEveryAgent() {
        return store.openCasesOfEveryAgent();
    }

    @Override
    public int updateDeadlines(List<Contract> withNewDeadlines) {
        return store.updateDeadlines(withNewDeadlines);
    }

    @Override
    public Optional<Contract> openCaseOfLead(long leadId) {
        return store.openCaseOfLead(leadId);
    }

    @Override
    public long premiumWon(AgentId agent, Instant from, Instant to) {
        return store.premiumWon(agent, from, to);
    }

    @Override
    public List<ContractChange> audit(long contractId) {
        return store.audit(contractId);
    }
}

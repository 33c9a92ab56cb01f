package dev.dialdesk.service.contracts;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.ContractDiff;
import dev.dialdesk.domain.contracts.ReturnReason;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.ContractStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Returns the desk's own agent's open QA cases whose deadline has passed, with an audit entry by
 * {@code system}; never another agent's (a team lead's desk holds its agents' contracts from their
 * day reports: their own desks decide). Remembers the earliest open deadline so that a call before
 * it costs no query. Not thread-safe: the service serialises the calls.
 */
final class QaExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(QaExpiry.class);

    private final ContractStore store;
    private final Supplier<Optional<AgentId>> deskAgent;
    private final Clock clock;
    /** The earliest open deadline; null while unknown, empty when there is no open case. */
    private Optional<Instant> earliest;

    QaExpiry(ContractStore store, Supplier<Optional<AgentId>> deskAgent, Clock clock) {
        this.store = store;
        this.deskAgent = deskAgent;
        this.clock = clock;
    }

    /** Something changed: look at the database at the next call. */
    void forget() {
        earliest = null;
    }

    List<Contract> expireDue() {
        Instant now = clock.instant();
        if (earliest != null && (earliest.isEmpty() || now.isBefore(earliest.get()))) {
            return List.of();
        }
        Optional<AgentId> agent = deskAgent.get();
        if (agent.isEmpty()) {
            earliest = Optional.empty();
            return List.of();
        }
        List<Contract> returned = new ArrayList<>();
        for (Contract due : store.openCasesDueBy(agent.get(), now)) {
            returnLate(due, now).ifPresent(returned::add);
        }
        earliest = store.earliestOpenDeadline(agent.get());
        return returned;
    }

    /** Returns one case; one that changed meanwhile (re-recorded after all) is left as it now is. */
    private Optional<Contract> returnLate(Contract due, Instant now) {
        Contract after = due.returned(ReturnReason.DEADLINE, due.qa().deadline()).touched(now);
        List<ContractChange> changes = ContractDiff.between(due, after, ContractChange.SYSTEM, now);
        try {
            Contract saved = store.update(after, changes);
            LOG.info("Contract {} returned: QA re-recording deadline {} passed", due.id(), due.qa().deadline());
            return Optional.of(saved);
        } catch (ConflictException changed) {
            LOG.info("Contract {} changed while its deadline passed; not returned ({})", due.id(), changed.getMessage());
            return Optional.empty();
        }
    }
}

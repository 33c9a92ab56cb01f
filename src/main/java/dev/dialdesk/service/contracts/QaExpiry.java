package dev.dialdesk.service.contracts;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.ContractDiff;
import dev.dialdesk.domain.contracts.ReturnReason;
import dev.dialdesk.storage.ContractStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Returns open QA cases whose deadline has passed, with an audit entry by {@code system}. Remembers the
 * earliest open deadline so that a call before it costs no query. Not thread-safe: the service
 * serialises the calls.
 */
final class QaExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(QaExpiry.class);

    private final ContractStore store;
    private final Clock clock;
    /** The earliest open deadline; null while unknown, empty when there is no open case. */
    private Optional<Instant> earliest;

    QaExpiry(ContractStore store, Clock clock) {
        this.store = store;
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
        List<Contract> returned = new ArrayList<>();
        for (Contract due : store.openCasesDueBy(now)) {
            Contract after = due.returned(ReturnReason.DEADLINE, due.qa().deadline()).touched(now);
            List<ContractChange> changes = ContractDiff.between(due, after, ContractChange.SYSTEM, now);
            store.update(after, changes);
            returned.add(after);
            LOG.info("Contract {} returned: QA re-recording deadline {} passed", due.id(), due.qa().deadline());
        }
        earliest = store.earliestOpenDeadline();
        return returned;
    }
}

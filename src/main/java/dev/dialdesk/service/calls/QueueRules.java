package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.QueueSkipReason;
import dev.dialdesk.storage.QueueStore.QueuedRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The floor's rules the work queue asks about (issue 16): a lead held back for now (consent missing or
 * too old when the centre requires it; a lead avoiding calls resting between tries) and the leads to
 * prefer at this hour (those that answered at this hour before, when the centre turned it on).
 */
public interface QueueRules {

    /** Why the queue should not offer this lead now; empty when nothing holds it back. */
    Optional<QueueSkipReason> holdBack(QueuedRow row, Instant now);

    /** Leads to try first at {@code now}, best first; they still pass every other check. */
    List<Long> preferred(AgentId agent, Instant now);

    QueueRules NONE = new QueueRules() {
        @Override
        public Optional<QueueSkipReason> holdBack(QueuedRow row, Instant now) {
            return Optional.empty();
        }

        @Override
        public List<Long> preferred(AgentId agent, Instant now) {
            return List.of();
        }
    };
}

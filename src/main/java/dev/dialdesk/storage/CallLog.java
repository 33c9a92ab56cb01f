package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.LeadCallState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The call log: every dial attempt, and the lead state that goes with it. */
public interface CallLog {

    /** What {@link #record} did. {@code duplicate}: the attempt was saved before; nothing changed. */
    record Recorded(CallAttempt attempt, LeadCallState leadState, boolean duplicate) {

        /**
         * True when the attempt waits in the desk's outbox (the team server could not be reached): its
         * id is a placeholder (negative) and the lead state is as far as the desk knows.
         */
        public boolean waiting() {
            return attempt.id() < 0;
        }
    }

    /**
     * Saves {@code attempt} and, in the same transaction, moves its lead to
     * {@code disposition.apply(state, attempt.endedAt())}; for a do-not-call disposition also puts the
     * number on the do-not-call list with an audit row. Idempotent by {@link CallAttempt#clientId()}:
     * a second save of the same attempt changes nothing and returns the first.
     */
    Recorded record(CallAttempt attempt, Disposition disposition);

    /** The lead's attempts, newest first. */
    List<CallAttempt> history(long leadId, int limit);

    Optional<CallAttempt> findByClientId(java.util.UUID clientId);

    /** Sums of an agent's attempts that started in [from, to). */
    record Totals(int dials, int contacts, int sales, long talkMillis) {
    }

    Totals totals(AgentId agent, Instant from, Instant to);

    /** When the agent's last sale (contract) attempt started, if ever. */
    Optional<Instant> lastSale(AgentId agent);

    /**
     * The number of distinct local days (at {@code utcOffsetSeconds}) in [from, to) on which the agent
     * dialled at least once.
     */
    int daysWithDials(AgentId agent, Instant from, Instant to, int utcOffsetSeconds);
}

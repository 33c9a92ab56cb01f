package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.LeadCallState;
import dev.dialdesk.storage.CallLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The call log through the outbox: an outcome the server cannot take now is kept, and the desk goes on
 * with the attempt it kept (a placeholder id, minus the entry's number: {@link CallLog.Recorded#waiting()})
 * and the lead's state as far as the desk knows it. The reads still ask the server.
 */
final class OutboxCallLog implements CallLog {

    private final CallLog store;
    private final Outbox outbox;

    OutboxCallLog(CallLog store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    @Override
    public Recorded record(CallAttempt attempt, Disposition disposition) {
        Outbox.Result<Recorded> result = outbox.send(Outbox.Kind.OUTCOME, attempt.clientId(),
                OutboxPayloads.outcome(attempt), () -> store.record(attempt, disposition));
        if (result.kept() == null) {
            return result.sent();
        }
        CallAttempt kept = new CallAttempt(-result.kept().seq(), attempt.clientId(), attempt.leadId(), attempt.agentId(),
                attempt.startedAt(), attempt.endedAt(), attempt.disposition(), attempt.note());
        LeadCallState before = outbox.lastKnown().find(attempt.leadId()).map(row -> row.state())
                .orElseGet(() -> new LeadCallState(attempt.leadId(), LeadStatus.NEW, 0, null, null, null, null));
        LeadCallState after = disposition.apply(before, attempt.endedAt());
        outbox.lastKnown().moved(after);
        return new Recorded(kept, after, false);
    }

    @Override
    public List<CallAttempt> history(long leadId, int limit) {
        return store.history(leadId, limit);
    }

    @Override
    public Optional<CallAttempt> findByClientId(UUID clientId) {
        return store.findByClientId(clientId);
    }

    @Override
    public Totals totals(AgentId agent, Instant from, Instant to) {
        return store.totals(agent, from, to);
    }

    @Override
    public Optional<Instant> lastSale(AgentId agent) {
        return store.lastSale(agent);
    }

    @Override
    public int daysWithDials(AgentId agent, Instant from, Instant to, int utcOffsetSeconds) {
        return store.daysWithDials(agent, from, to, utcOffsetSeconds);
    }
}

package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackAuditEvent;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.storage.CallbackStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The callbacks through the outbox: a booking is saved with a client id of its own (so a send whose
 * answer was lost is not booked twice), kept while the server is away. The kept booking carries a
 * placeholder id (minus the entry's number) until the server has it. Everything else asks the server.
 */
final class OutboxCallbackStore implements CallbackStore {

    private final CallbackStore store;
    private final Outbox outbox;

    OutboxCallbackStore(CallbackStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    @Override
    public Callback insert(Callback callback, List<CallbackAuditEvent> audit) {
        UUID clientId = UUID.randomUUID();
        Outbox.Result<Callback> result = outbox.send(Outbox.Kind.CALLBACK, clientId,
                OutboxPayloads.callback(callback, audit), () -> store.insertOnce(clientId, callback, audit));
        if (result.kept() == null) {
            return result.sent();
        }
        Callback c = callback;
        return new Callback(-result.kept().seq(), c.leadId(), c.agentId(), c.dueAt(), c.windowEnd(), c.note(),
                c.customerAsked(), c.kind(), c.contractId(), c.status(), c.cancelReason(), c.completedBy(), c.outcome(),
                c.snoozedUntil(), c.missedAt(), c.createdAt(), c.updatedAt(), c.version());
    }

    @Override
    public Callback insertOnce(UUID clientId, Callback callback, List<CallbackAuditEvent> audit) {
        return store.insertOnce(clientId, callback, audit);
    }

    @Override
    public Optional<Callback> find(long id) {
        return store.find(id);
    }

    @Override
    public Callback update(Callback callback) {
        return store.update(callback);
    }

    @Override
    public List<CallbackEntry> byStatus(AgentId agent, CallbackStatus status, Instant from, Instant to, int limit) {
        outbox.requireReachable(); // at once while the server is known to be away (a booking is kept meanwhile)
        return store.byStatus(agent, status, from, to, limit);
    }

    @Override
    public Optional<CallbackEntry> first(AgentId agent, CallbackStatus status, Instant from) {
        return store.first(agent, status, from);
    }

    @Override
    public List<CallbackEntry> history(AgentId agent, Instant from, Instant to, int limit) {
        return store.history(agent, from, to, limit);
    }

    @Override
    public List<CallbackEntry> between(AgentId agent, Instant from, Instant to) {
        return store.between(agent, from, to);
    }

    @Override
    public List<Callback> openForLead(long leadId) {
        return store.openForLead(leadId);
    }

    @Override
    public int markMissed(AgentId agent, Instant dueBefore, Instant now) {
        return store.markMissed(agent, dueBefore, now);
    }

    @Override
    public int count(AgentId agent, CallbackStatus status, Instant before) {
        return store.count(agent, status, before);
    }

    @Override
    public List<CallbackAuditEvent> auditSince(Instant since) {
        return store.auditSince(since);
    }
}

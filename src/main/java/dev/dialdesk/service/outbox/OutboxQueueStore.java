package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.ServerUnreachableException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The work queue's store with the leads read last remembered: while the server is away, a lead the
 * desk read (the one on screen) is answered from memory, so that its outcome and a callback booked on
 * it can be kept. Everything else still asks the server (no next lead, no dial: do-not-call fails closed).
 */
final class OutboxQueueStore implements QueueStore {

    private final QueueStore store;
    private final Outbox outbox;
    private final LastKnownLeads lastKnown;

    OutboxQueueStore(QueueStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
        this.lastKnown = outbox.lastKnown();
    }

    @Override
    public Optional<QueuedRow> find(long leadId) {
        try {
            Optional<QueuedRow> row = store.find(leadId);
            row.ifPresent(lastKnown::remember);
            return row;
        } catch (ServerUnreachableException away) {
            outbox.wentAway(away); // the outcome that follows goes into the outbox without waiting again
            Optional<QueuedRow> known = lastKnown.find(leadId);
            if (known.isEmpty()) {
                throw away;
            }
            return known;
        }
    }

    @Override
    public List<QueuedRow> dueRetries(AgentId agent, Instant now, boolean onlyOwnZone, Cursor after, int limit) {
        return store.dueRetries(agent, now, onlyOwnZone, after, limit);
    }

    @Override
    public List<QueuedRow> newLeads(AgentId agent, boolean onlyOwnZone, Cursor after, int limit) {
        return store.newLeads(agent, onlyOwnZone, after, limit);
    }

    @Override
    public Optional<QueuedRow> findByPhone(PhoneNumber number) {
        return store.findByPhone(number);
    }

    @Override
    public void setZone(long leadId, ZoneId zone) {
        store.setZone(leadId, zone);
    }
}

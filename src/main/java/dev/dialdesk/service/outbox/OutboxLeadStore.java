package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.storage.LeadQuery;
import dev.dialdesk.storage.LeadStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The lead store through the outbox: notes typed while the server is away are kept and sent later,
 * still conditional on the notes the editor started from (refused if they changed meanwhile).
 */
final class OutboxLeadStore implements LeadStore {

    private final LeadStore store;
    private final Outbox outbox;

    OutboxLeadStore(LeadStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    @Override
    public void updateNotes(long leadId, String notesBefore, String notes) {
        outbox.send(Outbox.Kind.NOTE, UUID.randomUUID(), OutboxPayloads.notes(leadId, notesBefore, notes), () -> {
            store.updateNotes(leadId, notesBefore, notes);
            return Boolean.TRUE;
        });
    }

    @Override
    public void saveAgent(Agent agent) {
        store.saveAgent(agent);
    }

    @Override
    public Optional<Agent> findAgent(AgentId id) {
        return store.findAgent(id);
    }

    @Override
    public List<Agent> agents() {
        return store.agents();
    }

    @Override
    public void forEachLead(LeadQuery query, Consumer<Lead> sink) {
        store.forEachLead(query, sink);
    }

    @Override
    public void forEachListRow(LeadQuery query, Consumer<ListRow> sink) {
        store.forEachListRow(query, sink);
    }

    @Override
    public Optional<ListRow> findListRow(long id) {
        return store.findListRow(id);
    }

    @Override
    public Optional<Lead> findLead(long id) {
        return store.findLead(id);
    }

    @Override
    public List<LeadBatch> batches() {
        return store.batches();
    }

    @Override
    public long countLeads() {
        return store.countLeads();
    }
}

package dev.dialdesk.service.leads;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.storage.LeadQuery;
import dev.dialdesk.storage.LeadStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the lead screen reads and writes: the snapshot of the list, one full lead, the agent's notes.
 * Every method reads or writes the database: never call it on the event thread.
 */
public final class LeadDirectory {

    private final LeadStore store;
    private final java.util.function.Supplier<java.time.ZoneId> zone;
    private final java.time.Clock clock;

    public LeadDirectory(LeadStore store) {
        this(store, java.time.ZoneId::systemDefault, java.time.Clock.systemUTC());
    }

    /** {@code zone}: the centre's, for the time of another desk's change in a refused save. */
    public LeadDirectory(LeadStore store, java.util.function.Supplier<java.time.ZoneId> zone, java.time.Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * Loads the list: the agent's leads, or every lead when the database holds several agents
     * (a team lead's database) or no agent is given.
     */
    public LeadSnapshot load(AgentId agent) {
        return load(agent, 0, firstRows -> { });
    }

    /**
     * Loads the list as {@link #load(AgentId)} does, and hands {@code firstRows} the list's first
     * {@code count} leads (in id order, the list's order at start) as soon as they are read, while the
     * rest is still being read: start-up shows them first. Not called when the list holds fewer.
     */
    public LeadSnapshot load(AgentId agent, int count, Consumer<LeadSnapshot> firstRows) {
        List<Agent> agents = store.agents();
        LeadQuery query = agent == null || agents.size() > 1 ? LeadQuery.all() : new LeadQuery(agent);
        List<LeadBatch> batches = store.batches();
        Map<String, String> names = new HashMap<>();
        agents.forEach(a -> names.put(a.id().value(), a.name()));
        LeadSnapshot.Builder builder = new LeadSnapshot.Builder();
        store.forEachListRow(query, row -> {
            builder.add(row);
            if (builder.size() == count) {
                firstRows.accept(builder.build(batches, names));
            }
        });
        return builder.build(batches, names);
    }

    /** One lead's list columns, read again after a call changed its status and attempts. */
    public Optional<LeadStore.ListRow> listRow(long leadId) {
        return store.findListRow(leadId);
    }

    public Optional<Lead> find(long leadId) {
        return store.findLead(leadId);
    }

    /**
     * Saves the notes over {@code notesBefore} (what the editor started from); blank notes are stored
     * as none. Refused with a conflict, nothing written, when someone else saved other notes meanwhile.
     */
    public void saveNotes(long leadId, String notesBefore, String notes) {
        try {
            store.updateNotes(leadId, notesBefore, notes);
        } catch (dev.dialdesk.storage.ConflictException lost) {
            throw dev.dialdesk.service.StaleEdits.leadNotes(lost, zone.get(), clock.instant());
        }
    }
}

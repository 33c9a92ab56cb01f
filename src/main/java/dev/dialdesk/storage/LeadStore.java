package dev.dialdesk.storage;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Leads, their batches and the agents they belong to. */
public interface LeadStore {

    /** Registers the agent or updates the name. */
    void saveAgent(Agent agent);

    Optional<Agent> findAgent(AgentId id);

    List<Agent> agents();

    /** Streams the leads matching {@code query} in id order, without holding them all. */
    void forEachLead(LeadQuery query, Consumer<Lead> sink);

    Optional<Lead> findLead(long id);

    /** Saves the agent's notes on a lead. */
    void updateNotes(long leadId, String notes);

    List<LeadBatch> batches();

    long countLeads();
}

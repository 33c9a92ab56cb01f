package dev.dialdesk.storage;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.domain.LeadStatus;
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

    /**
     * The columns of the lead list only, without building whole leads (no extra fields, notes or
     * times): what start-up reads for 100,000 leads.
     *
     * @param e164      the normalised number
     * @param birthDate ISO text ({@code 1975-03-02}) or null
     * @param agentId   the agent the lead is assigned to
     * @param attempts  dial attempts so far
     * @param alternateDigits the digits of the lead's other numbers joined by '|', or null (see
     *                  {@link dev.dialdesk.domain.LeadPhones#alternateDigits})
     */
    record ListRow(long id, long batchId, String e164, String name, LeadStatus status, String region,
                   String product, String source, String birthDate, String agentId, int attempts,
                   String alternateDigits, String lastDisposition) {

        /** A row of a lead without other numbers. */
        public ListRow(long id, long batchId, String e164, String name, LeadStatus status, String region,
                       String product, String source, String birthDate, String agentId, int attempts) {
            this(id, batchId, e164, name, status, region, product, source, birthDate, agentId, attempts, null, null);
        }
    }

    /** Streams the list rows of the leads matching {@code query} in id order. */
    default void forEachListRow(LeadQuery query, Consumer<ListRow> sink) {
        forEachLead(query, lead -> sink.accept(listRowOf(lead)));
    }

    /** The list row of one lead (after a call changed its state), or empty when it is gone. */
    default Optional<ListRow> findListRow(long id) {
        return findLead(id).map(LeadStore::listRowOf);
    }

    /**
     * A list row from a whole lead; the attempt count and the last outcome are not part of {@link Lead}
     * and read as 0 and none.
     */
    private static ListRow listRowOf(Lead lead) {
        return new ListRow(lead.id(), lead.batchId(), lead.phone().e164(), lead.name(), lead.status(), lead.region(),
                lead.product(), lead.source(), lead.birthDate() == null ? null : lead.birthDate().toString(),
                lead.agentId().value(), 0, dev.dialdesk.domain.LeadPhones.alternateDigits(lead.extra()), null);
    }

    Optional<Lead> findLead(long id);

    /**
     * Saves the agent's notes on a lead, if the lead still holds {@code notesBefore} (the notes the
     * editor started from; blank and none are the same). A call recorded meanwhile does not matter:
     * only the notes are compared.
     *
     * @throws ConflictException when the notes were changed meanwhile (another window or desk): nothing
     *                           was written
     */
    void updateNotes(long leadId, String notesBefore, String notes);

    List<LeadBatch> batches();

    long countLeads();
}

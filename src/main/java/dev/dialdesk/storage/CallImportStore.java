package dev.dialdesk.storage;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.domain.calls.ReportCall;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Storage for calls that come from files (day reports, call history): each method is one write, and
 * several run in one transaction when called inside {@code Transactions.inOneTransaction}.
 */
public interface CallImportStore {

    /**
     * Whether this login may import other agents' day reports and call histories: always on a desk's own
     * file; on the team server only the team lead's (or the owner's) login, since agents add no leads or
     * agents there (and their own outcomes are on the server already).
     */
    default boolean mayImportReports() {
        return true;
    }

    /** Adds the agent, or updates the name. */
    void saveAgent(Agent agent);

    /** The disposition codes this database knows (a call with another code is refused). */
    Set<String> dispositionCodes();

    /** How many calls were added and how many existing ones changed. */
    record Upserted(int added, int updated) {
    }

    /**
     * Inserts calls by their id and updates those that differ. A call to a number that is not a lead
     * creates a lead of {@code agent} in the agent's batch named {@code batchName} (made when needed).
     */
    Upserted upsertCalls(AgentId agent, List<ReportCall> calls, String batchName, Instant now);

    /** The agent's calls that started in [from, to), oldest first. */
    List<ReportCall> calls(AgentId agent, Instant from, Instant to);

    /** When the export of this agent and range that was last imported was made. */
    Optional<Instant> importedExport(AgentId agent, DateRange range);

    /**
     * Runs {@code work} (several file transactions) with the store set up for bulk writes, e.g. a
     * larger page cache on the writer; back to normal afterwards, also when the work fails.
     */
    default <T> T inBulk(Supplier<T> work) {
        return work.get();
    }

    void markImported(AgentId agent, DateRange range, Instant exportedAt, String fileName, Instant now);

    /**
     * A lead's status after the latest call to its number in a file.
     *
     * @param phone   the number, E.164
     * @param endedAt when that call ended: the status is set only while it is the lead's latest call (a
     *                call recorded later on the desk wins)
     */
    record LeadOutcome(String phone, Instant endedAt, dev.dialdesk.domain.LeadStatus status) {
    }

    /**
     * Sets each lead's status to its outcome, conditionally: only a lead whose latest call is still that
     * call, and never a do-not-call lead back to callable. Returns how many leads changed.
     */
    int applyOutcomes(List<LeadOutcome> outcomes, Instant now);
}

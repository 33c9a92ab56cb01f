package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Gender;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.imports.LeadAssignment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where an import writes: one batch in one write transaction, fed row by row while the file is still
 * being read. Nothing is visible to readers before {@link Session#finish}; an abort (or a crash) leaves
 * the database exactly as it was.
 */
public interface LeadImportSink {

    /** Starts the batch's transaction. The returned session must be finished or closed. */
    Session begin(NewBatch batch, DuplicateReasons reasons);

    /** The issues kept with a batch, in line order. */
    List<StoredIssue> issuesOf(long batchId);

    /**
     * Whether this database hands leads to several agents and keeps a shared pool (a team server); a
     * desk's own file holds one agent's leads only.
     */
    default boolean handsOutToAgents() {
        return false;
    }

    /** One open batch import. Not thread-safe: one feeding thread. */
    interface Session extends AutoCloseable {

        /** Hands rows and issues to the writer; blocks while the writer is behind. */
        void add(Chunk chunk);

        /** Stores the final counts and commits. */
        Result finish(long rejected);

        /** Rolls back unless {@link #finish} succeeded. */
        @Override
        void close();
    }

    /** Builds the reason of a duplicate: the storage finds them, the service words them. */
    interface DuplicateReasons {
        Message sameFile(long firstLine);

        Message earlierBatch(String batchName, Instant importedAt, long line);

        /** An imported lead whose number is on the do-not-call list: kept, but never offered or dialled. */
        Message onDoNotCallList();
    }

    /**
     * @param agent      the batch's agent when every lead goes to one agent (else the batch is the centre's)
     * @param assignment who gets the leads
     */
    record NewBatch(String name, AgentId agent, String sourceFile, String charset, LeadAssignment assignment) {

        /** A batch of one agent's leads. */
        public NewBatch(String name, AgentId agent, String sourceFile, String charset) {
            this(name, agent, sourceFile, charset, LeadAssignment.to(agent));
        }
    }

    /** A slice of the file, in line order: the leads to insert and the issues found reading them. */
    record Chunk(List<NewLead> leads, List<StoredIssue> issues) {
    }

    /** A lead as read from one line of the file. */
    record NewLead(long line, PhoneNumber phone, String externalId, String name, LocalDate birthDate,
                   Gender gender, String region, String product, String source, String notes,
                   Map<String, String> extra) {
    }

    /** An issue of the report as stored: kind is DUPLICATE, REJECTED or WARNING. */
    record StoredIssue(long line, String kind, Message reason) {
    }

    /**
     * @param duplicateIssues the duplicates and do-not-call warnings found, at most {@code maxIssues} of
     *                        them (the counts are exact)
     * @param doNotCall       imported leads flagged do-not-call because their number is on the list
     * @param handedOut       imported leads per agent ID, in dealing order, and under "" those left in the pool
     */
    record Result(long batchId, long imported, long duplicates, List<StoredIssue> duplicateIssues, long doNotCall,
                  Map<String, Long> handedOut) {

        public Result(long batchId, long imported, long duplicates, List<StoredIssue> duplicateIssues, long doNotCall) {
            this(batchId, imported, duplicates, duplicateIssues, doNotCall, Map.of());
        }
    }
}

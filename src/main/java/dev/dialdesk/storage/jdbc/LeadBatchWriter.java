package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.text.FlatJson;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Gender;
import dev.dialdesk.domain.imports.LeadAssignment;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.LeadImportSink.Chunk;
import dev.dialdesk.storage.LeadImportSink.DuplicateReasons;
import dev.dialdesk.storage.LeadImportSink.NewBatch;
import dev.dialdesk.storage.LeadImportSink.NewLead;
import dev.dialdesk.storage.LeadImportSink.Result;
import dev.dialdesk.storage.LeadImportSink.StoredIssue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one import batch inside the writer's transaction, chunk by chunk, as the importer reads; the
 * same SQL on SQLite and PostgreSQL but for SQLite's page cache and its join-order hint. A hand-out to
 * several agents or the pool (team server only) inserts the leads without an agent and deals them out
 * at the end, in file order, in the same transaction.
 */
final class LeadBatchWriter {

    private static final Logger LOG = LoggerFactory.getLogger(LeadBatchWriter.class);
    /** Page cache while importing (KiB, negative = size): the phone index must stay in memory. */
    private static final int IMPORT_CACHE_KIB = 131_072;
    private static final int NORMAL_CACHE_KIB = 32_000;

    private static final String INSERT_LEAD = "INSERT INTO lead(batch_id, agent_id, source_line, phone, external_id, "
            + "name, birth_date, gender, region, product, source, notes, extra, status, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', ?, ?) ON CONFLICT(phone) DO NOTHING";
    /** The n-th new lead of the batch (0-based, file order) goes to agent n mod k, while n is under the limit. */
    private static final String DEAL = "UPDATE lead SET agent_id = ? WHERE id IN (SELECT id FROM ("
            + "SELECT id, row_number() OVER (ORDER BY source_line, id) - 1 AS n FROM lead WHERE batch_id = ?) r "
            + "WHERE r.n % ? = ? AND r.n < ?)";
    private static final String FIND_EXISTING = "SELECT l.batch_id, l.source_line, b.name, b.imported_at "
            + "FROM lead l JOIN lead_batch b ON b.id = l.batch_id WHERE l.phone = ?";
    private static final String INSERT_ISSUE = "INSERT INTO import_issue(batch_id, line, kind, reason, args) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final JdbcDatabase.Engine engine;
    private final NewBatch batch;
    private final DuplicateReasons reasons;
    private final long now;
    private final int maxReportedIssues;
    private final List<StoredIssue> duplicateIssues = new ArrayList<>();
    private long batchId;
    private long imported;
    private long duplicates;

    LeadBatchWriter(JdbcDatabase.Engine engine, NewBatch batch, DuplicateReasons reasons, long now,
                    int maxReportedIssues) {
        this.engine = engine;
        this.batch = batch;
        this.reasons = reasons;
        this.now = now;
        this.maxReportedIssues = maxReportedIssues;
    }

    Result run(Connection connection, JdbcLeadImportSink.Source source) throws SQLException {
        setCache(connection, IMPORT_CACHE_KIB);
        try {
            ensureAgents(connection);
            batchId = insertBatch(connection);
            try (PreparedStatement insertLead = connection.prepareStatement(INSERT_LEAD);
                 PreparedStatement findExisting = connection.prepareStatement(FIND_EXISTING);
                 PreparedStatement insertIssue = connection.prepareStatement(INSERT_ISSUE)) {
                while (true) {
                    Object item = take(source);
                    if (JdbcLeadImportSink.isAbort(item)) {
                        throw new JdbcLeadImportSink.ImportAborted();
                    }
                    if (JdbcLeadImportSink.isEnd(item)) {
                        Map<String, Long> handedOut = handOut(connection);
                        long doNotCall = flagDoNotCall(connection, insertIssue);
                        updateCounts(connection, JdbcLeadImportSink.rejectedOf(item));
                        LOG.info("Batch {} written: {} leads, {} duplicates, {} on the do-not-call list",
                                batchId, imported, duplicates, doNotCall);
                        return new Result(batchId, imported, duplicates, duplicateIssues, doNotCall, handedOut);
                    }
                    write((Chunk) item, insertLead, findExisting, insertIssue);
                }
            }
        } finally {
            restoreCache(connection);
        }
    }

    /**
     * Leads whose number is on the do-not-call list are imported (so the report and a later duplicate
     * check know them) but marked do-not-call at once, in the same transaction, each with a warning.
     */
    /** An entry applies to the lead when it is for all marketing ('') or for the lead's product. */
    private static final String SCOPE = "d.product IN ('', coalesce(trim(l.product), ''))";

    /** The agent every lead is inserted with: the one agent of a desk's import, else none (dealt at the end). */
    private String insertAgent() {
        LeadAssignment assignment = batch.assignment();
        return assignment.isSingleAgent() ? assignment.agents().get(0).value() : null;
    }

    /** Deals the new leads out ({@link LeadAssignment}); the leads per agent, "" the pool; empty for one agent. */
    private Map<String, Long> handOut(Connection connection) throws SQLException {
        LeadAssignment assignment = batch.assignment();
        if (assignment.isSingleAgent()) {
            return Map.of(); // a desk's own import: nothing handed out
        }
        List<AgentId> agents = assignment.agents();
        if (!agents.isEmpty()) {
            long limit = assignment.perAgent() == 0 ? Long.MAX_VALUE : (long) assignment.perAgent() * agents.size();
            try (PreparedStatement deal = connection.prepareStatement(DEAL)) {
                for (int i = 0; i < agents.size(); i++) {
                    deal.setString(1, agents.get(i).value());
                    deal.setLong(2, batchId);
                    deal.setLong(3, agents.size());
                    deal.setLong(4, i);
                    deal.setLong(5, limit);
                    deal.addBatch();
                }
                deal.executeBatch();
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        agents.forEach(agent -> counts.put(agent.value(), 0L));
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COALESCE(agent_id, ''), COUNT(*) FROM lead WHERE batch_id = ? GROUP BY agent_id")) {
            count.setLong(1, batchId);
            try (ResultSet rs = count.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    private long flagDoNotCall(Connection connection, PreparedStatement insertIssue) throws SQLException {
        List<Long> lines = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement(
                // Driven from the (short) list through the unique phone index, not over the whole batch.
                "SELECT DISTINCT l.source_line FROM do_not_call d " + listFirst() + " lead l ON l.phone = d.number "
                        + "WHERE l.batch_id = ? AND " + SCOPE + " ORDER BY l.source_line")) {
            find.setLong(1, batchId);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getLong(1));
                }
            }
        }
        if (lines.isEmpty()) {
            return 0;
        }
        try (PreparedStatement flag = connection.prepareStatement(
                "UPDATE lead SET status = 'DO_NOT_CALL', next_eligible_at = NULL, version = version + 1 WHERE id IN ("
                        + "SELECT l.id FROM do_not_call d " + listFirst() + " lead l ON l.phone = d.number WHERE l.batch_id = ? AND "
                        + SCOPE + ")")) {
            flag.setLong(1, batchId);
            flag.executeUpdate();
        }
        for (long line : lines) {
            StoredIssue issue = new StoredIssue(line, "WARNING", reasons.onDoNotCallList());
            insertIssue(insertIssue, issue);
            if (duplicateIssues.size() < maxReportedIssues) {
                duplicateIssues.add(issue);
            }
        }
        return lines.size();
    }

    /** SQLite keeps a CROSS JOIN's order (the short list first); PostgreSQL plans the join itself. */
    private String listFirst() {
        return engine == JdbcDatabase.Engine.SQLITE ? "CROSS JOIN" : "JOIN";
    }

    /** Never hides the import's own failure: a cache size that cannot be reset only costs memory. */
    private void restoreCache(Connection connection) {
        try {
            setCache(connection, NORMAL_CACHE_KIB);
        } catch (SQLException e) {
            LOG.warn("Could not reset the page cache after an import: {}", e.getMessage());
        }
    }

    private static Object take(JdbcLeadImportSink.Source source) {
        try {
            return source.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JdbcLeadImportSink.ImportAborted();
        }
    }

    /** Inserts the chunk as one JDBC batch (far cheaper than a statement a row); rows counted 0 were duplicates. */
    private void write(Chunk chunk, PreparedStatement insertLead, PreparedStatement findExisting,
                       PreparedStatement insertIssue) throws SQLException {
        List<NewLead> leads = chunk.leads();
        if (!leads.isEmpty()) {
            for (NewLead lead : leads) {
                bind(insertLead, lead);
                insertLead.addBatch();
            }
            int[] counts = insertLead.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    imported++;
                } else {
                    duplicate(leads.get(i), findExisting, insertIssue);
                }
            }
        }
        for (StoredIssue issue : chunk.issues()) {
            insertIssue(insertIssue, issue);
        }
    }

    private void duplicate(NewLead lead, PreparedStatement findExisting, PreparedStatement insertIssue)
            throws SQLException {
        duplicates++;
        StoredIssue issue = new StoredIssue(lead.line(), "DUPLICATE", duplicateReason(findExisting, lead));
        insertIssue(insertIssue, issue);
        if (duplicateIssues.size() < maxReportedIssues) {
            duplicateIssues.add(issue);
        }
    }

    private void bind(PreparedStatement statement, NewLead lead) throws SQLException {
        statement.setLong(1, batchId);
        setNullable(statement, 2, insertAgent());
        statement.setLong(3, lead.line());
        statement.setString(4, lead.phone().e164());
        setNullable(statement, 5, lead.externalId());
        statement.setString(6, lead.name() == null ? "" : lead.name());
        setNullable(statement, 7, lead.birthDate() == null ? null : lead.birthDate().toString());
        statement.setString(8, (lead.gender() == null ? Gender.UNKNOWN : lead.gender()).name());
        setNullable(statement, 9, lead.region());
        setNullable(statement, 10, lead.product());
        setNullable(statement, 11, lead.source());
        setNullable(statement, 12, lead.notes());
        setNullable(statement, 13, FlatJson.encode(lead.extra()));
        statement.setLong(14, now);
        statement.setLong(15, now);
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private Message duplicateReason(PreparedStatement findExisting, NewLead lead) throws SQLException {
        findExisting.setString(1, lead.phone().e164());
        try (ResultSet rs = findExisting.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("Conflicting lead vanished for line " + lead.line());
            }
            long existingBatch = rs.getLong(1);
            long existingLine = rs.getLong(2);
            if (existingBatch == batchId) {
                return reasons.sameFile(existingLine);
            }
            return reasons.earlierBatch(rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)), existingLine);
        }
    }

    private void insertIssue(PreparedStatement statement, StoredIssue issue) throws SQLException {
        statement.setLong(1, batchId);
        statement.setLong(2, issue.line());
        statement.setString(3, issue.kind());
        statement.setString(4, issue.reason().key());
        String args = JdbcLeadImportSink.encodeArgs(issue.reason());
        if (args == null) {
            statement.setNull(5, Types.VARCHAR);
        } else {
            statement.setString(5, args);
        }
        statement.executeUpdate();
    }

    /**
     * A desk's file records its agent on first import; a team server knows its agents (team add-agent)
     * and refuses a hand-out to one it does not know, before anything is written.
     */
    private void ensureAgents(Connection connection) throws SQLException {
        for (AgentId agent : batch.assignment().agents()) {
            if (engine == JdbcDatabase.Engine.SQLITE) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO agent(id, name, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING")) {
                    statement.setString(1, agent.value());
                    statement.setString(2, agent.value());
                    statement.setLong(3, now);
                    statement.executeUpdate();
                }
            } else if (!agentExists(connection, agent)) {
                throw new StorageException(new Message("import.error.unknownAgent", agent.value()),
                        "Import refused: agent " + agent + " is not on the team server", null);
            }
        }
    }

    private static boolean agentExists(Connection connection, AgentId agent) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM agent WHERE id = ?")) {
            statement.setString(1, agent.value());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long insertBatch(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO lead_batch(name, agent_id, source_file, charset, imported_at) VALUES (?, ?, ?, ?, ?) "
                        + "RETURNING id")) {
            statement.setString(1, batch.name());
            setNullable(statement, 2, insertAgent());
            statement.setString(3, batch.sourceFile());
            statement.setString(4, batch.charset());
            statement.setLong(5, now);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void updateCounts(Connection connection, long rejected) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE lead_batch SET imported_count = ?, duplicate_count = ?, rejected_count = ? WHERE id = ?")) {
            statement.setLong(1, imported);
            statement.setLong(2, duplicates);
            statement.setLong(3, rejected);
            statement.setLong(4, batchId);
            statement.executeUpdate();
        }
    }

    private void setCache(Connection connection, int kib) throws SQLException {
        if (engine != JdbcDatabase.Engine.SQLITE) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = -" + kib);
        }
    }
}

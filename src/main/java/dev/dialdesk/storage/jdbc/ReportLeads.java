package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The leads of records that come from files (day reports, call history), by number: an existing lead,
 * or a new lead of the agent in the agent's import batch (made when first needed). Statements are
 * prepared once per file; numbers seen before are answered from memory. On the writer's connection,
 * inside the file's transaction.
 */
final class ReportLeads implements AutoCloseable {

    private final Connection connection;
    private final AgentId agent;
    private final String batchName;
    private final long now;
    private final Map<String, Long> known = new HashMap<>();
    private final PreparedStatement find;
    private PreparedStatement insert;
    private long batch;

    ReportLeads(Connection connection, AgentId agent, String batchName, Instant now) throws SQLException {
        this.connection = connection;
        this.agent = agent;
        this.batchName = batchName;
        this.now = now.toEpochMilli();
        this.find = connection.prepareStatement("SELECT id FROM lead WHERE phone = ?");
    }

    /** The id of the lead with this E.164 number, made in the import batch when there is none. */
    long idOf(String phone, String name) throws SQLException {
        Long id = known.get(phone);
        if (id == null) {
            id = findOrCreate(phone, name);
            known.put(phone, id);
        }
        return id;
    }

    private long findOrCreate(String phone, String name) throws SQLException {
        find.setString(1, phone);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                return rs.getLong(1);
            }
        }
        if (batch == 0) {
            batch = importBatch();
        }
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO lead(batch_id, agent_id, phone, name, status, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, 'NEW', ?, ?) RETURNING id");
        }
        insert.setLong(1, batch);
        insert.setString(2, agent.value());
        insert.setString(3, phone);
        insert.setString(4, name == null ? "" : name);
        insert.setLong(5, now);
        insert.setLong(6, now);
        return newId(insert);
    }

    private long importBatch() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM lead_batch WHERE agent_id = ? AND name = ? AND source_file IS NULL ORDER BY id LIMIT 1")) {
            select.setString(1, agent.value());
            select.setString(2, batchName);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        // imported_at 0: an import batch is nobody's "today's batch".
        try (PreparedStatement add = connection.prepareStatement(
                "INSERT INTO lead_batch(name, agent_id, imported_at) VALUES (?, ?, 0) RETURNING id")) {
            add.setString(1, batchName);
            add.setString(2, agent.value());
            return newId(add);
        }
    }

    /** Runs an {@code INSERT … RETURNING id} and gives the new row's id. */
    private static long newId(PreparedStatement insert) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        find.close();
        if (insert != null) {
            insert.close();
        }
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.reports.CallImportStore;
import dev.dialdesk.service.reports.ReportCall;
import dev.dialdesk.service.stats.DateRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link CallImportStore} over {@code call_attempt}. The statistics roll-up follows by the triggers of
 * {@code 005-stats.sql}: an unchanged call is not touched, so a re-import never counts twice.
 */
public final class SqliteCallImportStore implements CallImportStore {

    private static final String UPSERT = "INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, "
            + "duration_ms, disposition, contact, sale, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT(client_id) DO UPDATE SET agent_id = excluded.agent_id, started_at = excluded.started_at, "
            + "ended_at = excluded.ended_at, duration_ms = excluded.duration_ms, disposition = excluded.disposition, "
            + "contact = excluded.contact, sale = excluded.sale, note = excluded.note "
            + "WHERE (agent_id, started_at, ended_at, disposition, contact, sale, coalesce(note, '')) IS NOT "
            + "(excluded.agent_id, excluded.started_at, excluded.ended_at, excluded.disposition, excluded.contact, "
            + "excluded.sale, coalesce(excluded.note, ''))";

    private final SqliteDatabase database;

    public SqliteCallImportStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void saveAgent(Agent agent) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO agent(id, name, created_at) VALUES (?, ?, 0) "
                            + "ON CONFLICT(id) DO UPDATE SET name = excluded.name WHERE name IS NOT excluded.name")) {
                statement.setString(1, agent.id().value());
                statement.setString(2, agent.name());
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Set<String> dispositionCodes() {
        return database.read(connection -> {
            Set<String> codes = new LinkedHashSet<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT code FROM disposition");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    @Override
    public Upserted upsertCalls(AgentId agent, List<ReportCall> calls, String batchName, Instant now) {
        return database.write(connection -> {
            Map<String, Long> leads = new HashMap<>();
            long[] batch = {0};
            int added = 0;
            int updated = 0;
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT);
                 PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM call_attempt WHERE client_id = ?");
                 PreparedStatement premium = connection.prepareStatement(
                         "INSERT OR REPLACE INTO imported_premium(client_id, premium_won) VALUES (?, ?)")) {
                for (ReportCall call : calls) {
                    Long lead = leads.get(call.leadPhone());
                    if (lead == null) {
                        lead = leadFor(connection, agent, call, batchName, batch, now);
                        leads.put(call.leadPhone(), lead);
                    }
                    exists.setString(1, call.id().toString());
                    boolean known;
                    try (ResultSet rs = exists.executeQuery()) {
                        known = rs.next();
                    }
                    bind(upsert, agent, call, lead);
                    if (upsert.executeUpdate() > 0) {
                        if (known) {
                            updated++;
                        } else {
                            added++;
                            countAttempt(connection, lead, call);
                        }
                    }
                    if (call.premiumWon() > 0) {
                        premium.setString(1, call.id().toString());
                        premium.setLong(2, call.premiumWon());
                        premium.executeUpdate();
                    }
                }
            }
            return new Upserted(added, updated);
        });
    }

    private static void bind(PreparedStatement upsert, AgentId agent, ReportCall call, long lead) throws SQLException {
        upsert.setString(1, call.id().toString());
        upsert.setLong(2, lead);
        upsert.setString(3, agent.value());
        upsert.setLong(4, call.startedAt().toEpochMilli());
        upsert.setLong(5, call.endedAt().toEpochMilli());
        upsert.setLong(6, call.endedAt().toEpochMilli() - call.startedAt().toEpochMilli());
        upsert.setString(7, call.disposition());
        upsert.setInt(8, call.contact() ? 1 : 0);
        upsert.setInt(9, call.sale() ? 1 : 0);
        upsert.setString(10, call.note().isBlank() ? null : call.note());
    }

    /** The lead with the call's number, or a new one in the agent's import batch. */
    private static long leadFor(Connection connection, AgentId agent, ReportCall call, String batchName, long[] batch,
                                Instant now) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM lead WHERE phone = ?")) {
            find.setString(1, call.leadPhone());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        if (batch[0] == 0) {
            batch[0] = importBatch(connection, agent, batchName, now);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lead(batch_id, agent_id, phone, name, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, 'NEW', ?, ?)")) {
            insert.setLong(1, batch[0]);
            insert.setString(2, agent.value());
            insert.setString(3, call.leadPhone());
            insert.setString(4, call.leadName());
            insert.setLong(5, now.toEpochMilli());
            insert.setLong(6, now.toEpochMilli());
            insert.executeUpdate();
        }
        return lastId(connection);
    }

    private static long importBatch(Connection connection, AgentId agent, String name, Instant now) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT id FROM lead_batch WHERE agent_id = ? AND name = ? AND source_file IS NULL ORDER BY id LIMIT 1")) {
            find.setString(1, agent.value());
            find.setString(2, name);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        // imported_at 0: an import batch is nobody's "today's batch".
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO lead_batch(name, agent_id, imported_at) VALUES (?, ?, 0)")) {
            insert.setString(1, name);
            insert.setString(2, agent.value());
            insert.executeUpdate();
        }
        return lastId(connection);
    }

    private static void countAttempt(Connection connection, long lead, ReportCall call) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE lead SET attempt_count = attempt_count + 1, last_disposition = CASE WHEN coalesce(last_call_at, 0) "
                        + "<= ?1 THEN ?2 ELSE last_disposition END, last_call_at = max(coalesce(last_call_at, 0), ?1) "
                        + "WHERE id = ?3")) {
            update.setLong(1, call.endedAt().toEpochMilli());
            update.setString(2, call.disposition());
            update.setLong(3, lead);
            update.executeUpdate();
        }
    }

    private static long lastId(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public List<ReportCall> calls(AgentId agent, Instant from, Instant to) {
        return database.read(connection -> {
            List<ReportCall> calls = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT c.client_id, l.phone, l.name, c.started_at, c.ended_at, c.disposition, c.contact, c.sale, "
                            + "c.note, coalesce(p.premium_won, 0) FROM call_attempt c JOIN lead l ON l.id = c.lead_id "
                            + "LEFT JOIN imported_premium p ON p.client_id = c.client_id "
                            + "WHERE c.agent_id = ? AND c.started_at >= ? AND c.started_at < ? ORDER BY c.started_at, c.id")) {
                statement.setString(1, agent.value());
                statement.setLong(2, from.toEpochMilli());
                statement.setLong(3, to.toEpochMilli());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        calls.add(new ReportCall(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                                Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)),
                                rs.getString(6), rs.getInt(7) == 1, rs.getInt(8) == 1, rs.getString(9), rs.getLong(10)));
                    }
                }
            }
            return calls;
        });
    }

    @Override
    public Optional<Instant> importedExport(AgentId agent, DateRange range) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT exported_at FROM day_report_import WHERE agent_id = ? AND from_day = ? AND to_day = ?")) {
                statement.setString(1, agent.value());
                statement.setString(2, range.from().toString());
                statement.setString(3, range.to().toString());
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.<Instant>empty();
                }
            }
        });
    }

    @Override
    public void markImported(AgentId agent, DateRange range, Instant exportedAt, String fileName, Instant now) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT OR REPLACE INTO day_report_import(agent_id, from_day, to_day, exported_at, file_name, "
                            + "imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, agent.value());
                statement.setString(2, range.from().toString());
                statement.setString(3, range.to().toString());
                statement.setLong(4, exportedAt.toEpochMilli());
                statement.setString(5, fileName);
                statement.setLong(6, now.toEpochMilli());
                statement.executeUpdate();
            }
            return null;
        });
    }
}

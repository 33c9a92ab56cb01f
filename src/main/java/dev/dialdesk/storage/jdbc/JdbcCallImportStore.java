package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.CallImportStore;
import dev.dialdesk.domain.calls.ReportCall;
import dev.dialdesk.domain.DateRange;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link CallImportStore} over {@code call_attempt}, the same on both engines. The statistics roll-up
 * follows by the triggers (SQLite {@code 007-row-versions.sql}, PostgreSQL {@code 004-parity.sql}): an
 * unchanged call is not touched, so a re-import never counts twice. On the team server it runs on the
 * team lead's login (an agent's may not add leads).
 */
public final class JdbcCallImportStore implements CallImportStore {

    /** New calls: a conflict on the id inserts nothing, and the batch's counts tell which was new. */
    private static final String INSERT = "INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, "
            + "duration_ms, disposition, contact, sale, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT(client_id) DO NOTHING";
    /** A known call: changed only when a field differs, so an unchanged call is not touched. */
    private static final String UPDATE = "UPDATE call_attempt SET agent_id = ?, started_at = ?, ended_at = ?, "
            + "duration_ms = ?, disposition = ?, contact = ?, sale = ?, note = ? WHERE client_id = ? "
            + "AND (agent_id, started_at, ended_at, disposition, contact, sale, coalesce(note, '')) IS DISTINCT FROM "
            + "(?, ?, ?, ?, ?, ?, coalesce(?, ''))";
    /** One more attempt on the lead; its last outcome only when this call is its latest. */
    private static final String COUNT_ATTEMPT = "UPDATE lead SET attempt_count = attempt_count + 1, version = version + 1, "
            + "last_disposition = CASE WHEN coalesce(last_call_at, 0) <= ? THEN ? ELSE last_disposition END, "
            + "last_call_at = CASE WHEN coalesce(last_call_at, 0) <= ? THEN ? ELSE last_call_at END WHERE id = ?";
    /** Page cache of the writer while a batch of files is imported (KiB): the call log's indexes stay in memory. */
    static final int BULK_CACHE_KIB = 256_000;
    static final int NORMAL_CACHE_KIB = 32_000;

    private final JdbcDatabase database;

    public JdbcCallImportStore(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public boolean mayImportReports() {
        if (database.engine() != JdbcDatabase.Engine.POSTGRESQL) {
            return true;
        }
        return database.read(connection -> {
            try (PreparedStatement s = connection.prepareStatement("SELECT has_table_privilege('agent', 'INSERT')");
                 java.sql.ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    @Override
    public void saveAgent(Agent agent) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO agent(id, name, created_at) VALUES (?, ?, 0) "
                            + "ON CONFLICT(id) DO UPDATE SET name = excluded.name WHERE agent.name <> excluded.name")) {
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
            int added = 0;
            int updated = 0;
            try (ReportLeads leads = new ReportLeads(connection, agent, batchName, now);
                 PreparedStatement insert = connection.prepareStatement(INSERT);
                 PreparedStatement update = connection.prepareStatement(UPDATE);
                 PreparedStatement count = connection.prepareStatement(COUNT_ATTEMPT);
                 PreparedStatement premium = connection.prepareStatement(
                         "INSERT INTO imported_premium(client_id, premium_won) VALUES (?, ?) "
                         + "ON CONFLICT(client_id) DO UPDATE SET premium_won = excluded.premium_won")) {
                // Each statement runs as one JDBC batch (far cheaper than a round trip a row); the inserts'
                // counts tell which calls were new (counted on their lead) and which were known (updated).
                long[] leadIds = new long[calls.size()];
                for (int i = 0; i < calls.size(); i++) {
                    ReportCall call = calls.get(i);
                    leadIds[i] = leads.idOf(call.leadPhone(), call.leadName());
                    bind(insert, agent, call, leadIds[i]);
                    insert.addBatch();
                }
                int[] inserted = calls.isEmpty() ? new int[0] : insert.executeBatch();
                for (int i = 0; i < inserted.length; i++) {
                    ReportCall call = calls.get(i);
                    if (inserted[i] > 0) {
                        added++;
                        count.setLong(1, call.endedAt().toEpochMilli());
                        count.setString(2, call.disposition());
                        count.setLong(3, call.endedAt().toEpochMilli());
                        count.setLong(4, call.endedAt().toEpochMilli());
                        count.setLong(5, leadIds[i]);
                        count.addBatch();
                    } else {
                        bindUpdate(update, agent, call);
                        update.addBatch();
                    }
                    if (call.premiumWon() > 0) {
                        premium.setString(1, call.id().toString());
                        premium.setLong(2, call.premiumWon());
                        premium.addBatch();
                    }
                }
                updated += changedRows(update);
                count.executeBatch();
                premium.executeBatch();
            }
            return new Upserted(added, updated);
        });
    }

    @Override
    public <T> T inBulk(Supplier<T> work) {
        setCache(BULK_CACHE_KIB);
        try {
            return work.get();
        } finally {
            setCache(NORMAL_CACHE_KIB);
        }
    }

    /** SQLite's page cache of the writer; PostgreSQL's memory is the server's. */
    private void setCache(int kib) {
        if (database.engine() != JdbcDatabase.Engine.SQLITE) {
            return;
        }
        database.write(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = -" + kib);
            }
            return null;
        });
    }

    /** Runs a batch that may be empty and counts the rows it changed. */
    private static int changedRows(PreparedStatement batch) throws SQLException {
        int changed = 0;
        for (int rows : batch.executeBatch()) {
            changed += rows > 0 ? 1 : 0;
        }
        return changed;
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

    /** Binds {@link #UPDATE}: the new fields, the call's id, and the fields again to compare. */
    private static void bindUpdate(PreparedStatement s, AgentId agent, ReportCall call) throws SQLException {
        String note = call.note().isBlank() ? null : call.note();
        s.setString(1, agent.value());
        s.setLong(2, call.startedAt().toEpochMilli());
        s.setLong(3, call.endedAt().toEpochMilli());
        s.setLong(4, call.endedAt().toEpochMilli() - call.startedAt().toEpochMilli());
        s.setString(5, call.disposition());
        s.setInt(6, call.contact() ? 1 : 0);
        s.setInt(7, call.sale() ? 1 : 0);
        s.setString(8, note);
        s.setString(9, call.id().toString());
        s.setString(10, agent.value());
        s.setLong(11, call.startedAt().toEpochMilli());
        s.setLong(12, call.endedAt().toEpochMilli());
        s.setString(13, call.disposition());
        s.setInt(14, call.contact() ? 1 : 0);
        s.setInt(15, call.sale() ? 1 : 0);
        s.setString(16, note);
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
                    "INSERT INTO day_report_import(agent_id, from_day, to_day, exported_at, file_name, imported_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(agent_id, from_day, to_day) DO UPDATE SET "
                            + "exported_at = excluded.exported_at, file_name = excluded.file_name, "
                            + "imported_at = excluded.imported_at")) {
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

    @Override
    public int applyOutcomes(List<LeadOutcome> outcomes, Instant now) {
        if (outcomes.isEmpty()) {
            return 0;
        }
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE lead SET status = ?, updated_at = ?, version = version + 1 "
                    + "WHERE phone = ? AND last_call_at = ? AND status <> 'DO_NOT_CALL' AND status <> ?")) {
                for (LeadOutcome outcome : outcomes) {
                    statement.setString(1, outcome.status().name());
                    statement.setString(5, outcome.status().name());
                    statement.setLong(2, now.toEpochMilli());
                    statement.setString(3, outcome.phone());
                    statement.setLong(4, outcome.endedAt().toEpochMilli());
                    statement.addBatch();
                }
                int changed = 0;
                for (int count : statement.executeBatch()) {
                    changed += Math.max(count, 0);
                }
                return changed;
            }
        });
    }
}

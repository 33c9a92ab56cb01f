package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.postgres.DeskUpload.Count;
import dev.dialdesk.storage.postgres.DeskUpload.Kind;
import dev.dialdesk.storage.postgres.DeskUpload.MatchedLead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run of {@link DeskUpload}: reads the desk's rows table by table (parents first) and writes
 * what the server lacks, remembering every local id's server id in {@code desk_upload}. On the
 * desk's read connection and the server's write connection, inside the upload's one transaction.
 */
final class DeskUploadRun {

    /** The desk's leads of the agent: owned, or called, booked or sold by the agent. */
    private static final String LEADS = "(agent_id = ? OR id IN (SELECT lead_id FROM call_attempt WHERE agent_id = ?) "
            + "OR id IN (SELECT lead_id FROM callback WHERE agent_id = ?) OR id IN (SELECT lead_id FROM contract WHERE agent_id = ?))";
    private static final String ON_CONFLICT_NOTHING = "ON CONFLICT DO NOTHING";

    private final Connection source;
    private final Connection target;
    private final AgentId agent;
    private final String deskId;
    private final long now;
    private final Map<Kind, Map<Long, Long>> known = new EnumMap<>(Kind.class);
    private final Map<Kind, Count> counts = DeskUpload.noCounts();
    private final List<MatchedLead> matched = new ArrayList<>();
    private final Map<String, UploadRows> inserts = new HashMap<>();
    /** The server's look-ups by key, prepared once per run. */
    private final Map<String, PreparedStatement> lookups = new HashMap<>();
    /** The desk's child rows by parent, prepared once per run. */
    private final Map<String, PreparedStatement> childQueries = new HashMap<>();
    private final PreparedStatement remember;
    private int dncAdded;
    private int dncKnown;

    DeskUploadRun(Connection source, Connection target, AgentId agent, String deskId, long now) throws SQLException {
        this.source = source;
        this.target = target;
        this.agent = agent;
        this.deskId = deskId;
        this.now = now;
        for (Kind kind : Kind.values()) {
            known.put(kind, new HashMap<>());
        }
        this.remember = target.prepareStatement("INSERT INTO desk_upload(desk_id, kind, local_id, server_id, existing, "
                + "uploaded_at) VALUES (?, ?, ?, ?, ?, ?)");
    }

    DeskUpload.Result run() throws SQLException {
        try {
            loadKnown();
            batches();
            leads();
            calls();
            contracts();
            callbacks();
            doNotCall();
            children("imported_premium", "SELECT * FROM imported_premium WHERE client_id IN "
                    + "(SELECT client_id FROM call_attempt WHERE agent_id = ?)", agent.value(), Map.of());
            remember.executeBatch();
            return new DeskUpload.Result(agent, deskId, Map.copyOf(counts), List.copyOf(matched), dncAdded, dncKnown);
        } finally {
            remember.close();
            for (UploadRows rows : inserts.values()) {
                rows.close();
            }
            for (PreparedStatement lookup : lookups.values()) {
                lookup.close();
            }
            for (PreparedStatement query : childQueries.values()) {
                query.close();
            }
        }
    }

    private void loadKnown() throws SQLException {
        try (PreparedStatement s = target.prepareStatement("SELECT kind, local_id, server_id FROM desk_upload WHERE desk_id = ?")) {
            s.setString(1, deskId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    known.get(Kind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT))).put(Long.parseLong(rs.getString(2)),
                            rs.getLong(3));
                }
            }
        }
    }

    private void batches() throws SQLException {
        each("SELECT * FROM lead_batch WHERE agent_id = ? OR id IN (SELECT batch_id FROM lead WHERE " + LEADS
                + ") ORDER BY id", 5, row -> {
            long serverId = insert("lead_batch", row, Map.of("agent_id", agent.value()));
            record(Kind.BATCH, local(row), serverId, false);
            children("import_issue", "SELECT * FROM import_issue WHERE batch_id = ?", local(row), Map.of("batch_id", serverId));
        }, Kind.BATCH);
    }

    private void leads() throws SQLException {
        each("SELECT * FROM lead WHERE " + LEADS + " ORDER BY id", 4, row -> {
            long serverId = insert("lead", row, Map.of("agent_id", agent.value(),
                    "batch_id", serverId(Kind.BATCH, row.get("batch_id"))));
            if (serverId < 0) {
                record(Kind.LEAD, local(row), serverLead((String) row.get("phone"), local(row)), true);
                return;
            }
            record(Kind.LEAD, local(row), serverId, false);
            children("lead_notes_change", "SELECT * FROM lead_notes_change WHERE lead_id = ? ORDER BY id", local(row),
                    Map.of("lead_id", serverId));
        }, Kind.LEAD);
    }

    /** The server's lead with this number (the insert met it), reported as matched. */
    private long serverLead(String phone, long localId) throws SQLException {
        PreparedStatement s = lookup("SELECT id, agent_id FROM lead WHERE phone = ?");
        s.setString(1, phone);
        try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("A lead number met on the server is not there");
            }
            long id = rs.getLong(1);
            String owner = rs.getString(2);
            matched.add(new MatchedLead(localId, id, PhoneNumber.ofE164(phone).masked(),
                    owner == null ? null : new AgentId(owner)));
            return id;
        }
    }

    private void calls() throws SQLException {
        each("SELECT * FROM call_attempt WHERE agent_id = ? ORDER BY id", 1, row -> {
            long serverId = insert("call_attempt", row, Map.of("lead_id", serverId(Kind.LEAD, row.get("lead_id"))));
            boolean existing = serverId < 0;
            if (existing) {
                serverId = serverIdBy("SELECT id FROM call_attempt WHERE client_id = ?", row.get("client_id"));
            }
            record(Kind.CALL, local(row), serverId, existing);
        }, Kind.CALL);
    }

    private void contracts() throws SQLException {
        each("SELECT * FROM contract WHERE agent_id = ? ORDER BY id", 1, row -> {
            if (matchedByReportId(Kind.CONTRACT, row)) {
                return;
            }
            Map<String, Object> parents = new HashMap<>();
            parents.put("lead_id", serverId(Kind.LEAD, row.get("lead_id")));
            parents.put("attempt_id", serverIdOrNull(Kind.CALL, row.get("attempt_id")));
            long serverId = insert("contract", row, parents);
            record(Kind.CONTRACT, local(row), serverId, false);
            children("contract_audit", "SELECT * FROM contract_audit WHERE contract_id = ? ORDER BY id", local(row),
                    Map.of("contract_id", serverId));
            children("happy_call_attempt", "SELECT * FROM happy_call_attempt WHERE contract_id = ? ORDER BY id",
                    local(row), Map.of("contract_id", serverId));
        }, Kind.CONTRACT);
    }

    private void callbacks() throws SQLException {
        each("SELECT * FROM callback WHERE agent_id = ? ORDER BY id", 1, row -> {
            if (matchedByReportId(Kind.CALLBACK, row)) {
                return;
            }
            long lead = serverId(Kind.LEAD, row.get("lead_id"));
            Map<String, Object> parents = new HashMap<>();
            parents.put("lead_id", lead);
            parents.put("completed_by", serverIdOrNull(Kind.CALL, row.get("completed_by")));
            parents.put("contract_id", serverIdOrNull(Kind.CONTRACT, row.get("contract_id")));
            long serverId = insert("callback", row, parents);
            record(Kind.CALLBACK, local(row), serverId, false);
            children("callback_audit", "SELECT * FROM callback_audit WHERE callback_id = ? ORDER BY id", local(row),
                    Map.of("callback_id", serverId, "lead_id", lead));
        }, Kind.CALLBACK);
    }

    /** A callback or contract already on the server by its report id (it came by a day report): recorded as matched. */
    private boolean matchedByReportId(Kind kind, Map<String, Object> row) throws SQLException {
        Long existing = serverIdBy("SELECT id FROM " + tableOf(kind) + " WHERE report_id = ?", row.get("report_id"));
        if (existing != null) {
            record(kind, local(row), existing, true);
        }
        return existing != null;
    }

    private void doNotCall() throws SQLException {
        try (PreparedStatement s = source.prepareStatement("SELECT * FROM do_not_call ORDER BY added_at, number");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Map<String, Object> row = UploadRows.values(rs);
                if (rows("do_not_call", rs, null, ON_CONFLICT_NOTHING).insert(row, Map.of()) == 0) {
                    dncAdded++;
                } else {
                    dncKnown++;
                }
            }
        }
    }

    /** A row step of {@link #each}: copies (or matches) one row of the desk. */
    private interface RowStep {
        void copy(Map<String, Object> row) throws SQLException;
    }

    /** Runs {@code step} on every row of {@code sql} (bound to the agent {@code agents} times) not uploaded before. */
    private void each(String sql, int agents, RowStep step, Kind kind) throws SQLException {
        try (PreparedStatement s = source.prepareStatement(sql)) {
            for (int i = 1; i <= agents; i++) {
                s.setString(i, agent.value());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = UploadRows.values(rs);
                    if (known.get(kind).containsKey(local(row))) {
                        count(kind, 0, 1, 0);
                    } else {
                        rows(tableOf(kind), rs, "id", onConflict(kind));
                        step.copy(row);
                    }
                }
            }
        }
    }

    /** A lead met by its number and a call by its client id are the server's own (matched, not copied). */
    private static String onConflict(Kind kind) {
        return switch (kind) {
            case LEAD -> "ON CONFLICT (phone) DO NOTHING";
            case CALL -> "ON CONFLICT (client_id) DO NOTHING";
            default -> "";
        };
    }

    private static String tableOf(Kind kind) {
        return switch (kind) {
            case BATCH -> "lead_batch";
            case LEAD -> "lead";
            case CALL -> "call_attempt";
            case CONTRACT -> "contract";
            case CALLBACK -> "callback";
        };
    }

    /** Copies the child rows of {@code sql} (one parameter) with their parent ids replaced; skips rows already there. */
    private void children(String table, String sql, Object parameter, Map<String, Object> overrides) throws SQLException {
        PreparedStatement s = childQueries.get(sql);
        if (s == null) {
            s = source.prepareStatement(sql);
            childQueries.put(sql, s);
        }
        s.setObject(1, parameter);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows(table, rs, null, ON_CONFLICT_NOTHING).insert(UploadRows.values(rs), overrides);
            }
        }
    }

    private long insert(String table, Map<String, Object> row, Map<String, Object> overrides) throws SQLException {
        return inserts.get(table).insert(row, overrides);
    }

    private UploadRows rows(String table, ResultSet rs, String returning, String onConflict) throws SQLException {
        UploadRows rows = inserts.get(table);
        if (rows == null) {
            rows = new UploadRows(target, table, rs.getMetaData(), returning, onConflict);
            inserts.put(table, rows);
        }
        return rows;
    }

    private Long serverIdBy(String sql, Object key) throws SQLException {
        if (key == null) {
            return null;
        }
        PreparedStatement s = lookup(sql);
        s.setObject(1, key);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private PreparedStatement lookup(String sql) throws SQLException {
        PreparedStatement s = lookups.get(sql);
        if (s == null) {
            s = target.prepareStatement(sql);
            lookups.put(sql, s);
        }
        return s;
    }

    private long serverId(Kind kind, Object localId) {
        Long id = serverIdOrNull(kind, localId);
        if (id == null) {
            throw new IllegalStateException("Desk " + kind + " " + localId + " was not uploaded before its rows");
        }
        return id;
    }

    private Long serverIdOrNull(Kind kind, Object localId) {
        return localId == null ? null : known.get(kind).get(((Number) localId).longValue());
    }

    private static long local(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    private static long local(Object id) {
        return ((Number) id).longValue();
    }

    private void record(Kind kind, long localId, long serverId, boolean existing) throws SQLException {
        known.get(kind).put(localId, serverId);
        count(kind, existing ? 0 : 1, 0, existing ? 1 : 0);
        remember.setString(1, deskId);
        remember.setString(2, kind.name().toLowerCase(Locale.ROOT));
        remember.setString(3, Long.toString(localId));
        remember.setLong(4, serverId);
        remember.setBoolean(5, existing);
        remember.setLong(6, now);
        remember.addBatch();
    }

    private void count(Kind kind, int added, int already, int matchedRows) {
        Count c = counts.get(kind);
        counts.put(kind, new Count(c.added() + added, c.alreadyUploaded() + already, c.matched() + matchedRows));
    }
}

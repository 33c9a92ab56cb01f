package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.BookingException;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackAuditEvent;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.ConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link CallbackStore} over {@code callback} and {@code callback_audit}. */
public final class JdbcCallbackStore implements CallbackStore {

    private static final String COLUMNS = "c.id, c.lead_id, c.agent_id, c.due_at, c.window_end, c.note, "
            + "c.customer_asked, c.kind, c.contract_id, c.status, c.cancel_reason, c.completed_by, c.outcome, "
            + "c.snoozed_until, c.missed_at, c.created_at, c.updated_at, c.version";
    private static final String SELECT_ENTRY = "SELECT " + COLUMNS + ", l.name FROM callback c JOIN lead l ON l.id = c.lead_id ";
    /**
     * A day range whatever the status: SQLite is told to use the (agent, due) index, not the (agent,
     * status, due) one; PostgreSQL's planner picks it from its statistics.
     */
    private static final String SELECT_BY_DUE_SQLITE = "SELECT " + COLUMNS + ", l.name FROM callback c "
            + "INDEXED BY callback_agent_due JOIN lead l ON l.id = c.lead_id ";
    private static final String CLOSED = "('DONE', 'CANCELLED')";

    private final JdbcDatabase database;
    private final String selectByDue;

    public JdbcCallbackStore(JdbcDatabase database) {
        this.database = database;
        this.selectByDue = database.engine() == JdbcDatabase.Engine.SQLITE ? SELECT_BY_DUE_SQLITE : SELECT_ENTRY;
    }

    @Override
    public Callback insert(Callback c, List<CallbackAuditEvent> audit) {
        return database.write(connection -> insert(connection, c, audit, null)).orElseThrow();
    }

    /**
     * On the team server: the booking of a desk's outbox, saved once by its client id (ON CONFLICT DO
     * NOTHING on {@code callback.client_id}, 011-client-ids.sql); a second send returns the first.
     */
    @Override
    public Callback insertOnce(java.util.UUID clientId, Callback c, List<CallbackAuditEvent> audit) {
        if (database.engine() != JdbcDatabase.Engine.POSTGRESQL) {
            throw new UnsupportedOperationException("Client ids of callbacks are kept on the team server only");
        }
        return database.write(connection -> {
            Optional<Callback> saved = insert(connection, c, audit, clientId);
            if (saved.isPresent()) {
                return saved.get();
            }
            return query(connection, SELECT_ENTRY + "WHERE c.client_id = ?", clientId.toString()).get(0).callback();
        });
    }

    /** Inserts the row and its audit; empty when a row of {@code clientId} (not null) was there before. */
    private static Optional<Callback> insert(Connection connection, Callback c, List<CallbackAuditEvent> audit,
                                             java.util.UUID clientId) throws SQLException {
        long id;
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO callback(lead_id, agent_id, due_at, "
                + "window_end, note, customer_asked, kind, contract_id, status, cancel_reason, completed_by, outcome, "
                + "snoozed_until, missed_at, created_at, updated_at" + (clientId == null ? "" : ", client_id")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (clientId == null ? "" : ", ?") + ") "
                + (clientId == null ? "" : "ON CONFLICT (client_id) DO NOTHING ") + "RETURNING id")) {
            s.setLong(1, c.leadId());
            s.setString(2, c.agentId().value());
            s.setLong(3, c.dueAt().toEpochMilli());
            bindMutable(s, 4, c);
            if (clientId != null) {
                s.setString(17, clientId.toString());
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
            }
        }
        for (CallbackAuditEvent event : audit) {
            insertAudit(connection, event, id);
        }
        return Optional.of(withId(c, id));
    }

    /** Binds window_end … updated_at (13 columns) from {@code first}. */
    private static void bindMutable(PreparedStatement s, int first, Callback c) throws SQLException {
        setInstant(s, first, c.windowEnd());
        s.setString(first + 1, c.note().isBlank() ? null : c.note());
        s.setInt(first + 2, c.customerAsked() ? 1 : 0);
        s.setString(first + 3, c.kind().name());
        setLong(s, first + 4, c.contractId());
        s.setString(first + 5, c.status().name());
        s.setString(first + 6, c.cancelReason());
        setLong(s, first + 7, c.completedBy());
        s.setString(first + 8, c.outcome());
        setInstant(s, first + 9, c.snoozedUntil());
        setInstant(s, first + 10, c.missedAt());
        s.setLong(first + 11, c.createdAt().toEpochMilli());
        s.setLong(first + 12, c.updatedAt().toEpochMilli());
    }

    private static void insertAudit(Connection connection, CallbackAuditEvent e, long callbackId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO callback_audit(at, agent_id, lead_id, "
                + "callback_id, event, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, e.at().toEpochMilli());
            s.setString(2, e.agent().value());
            s.setLong(3, e.leadId());
            s.setLong(4, callbackId);
            s.setString(5, e.event().name());
            s.setString(6, e.detail());
            s.executeUpdate();
        }
    }

    @Override
    public Optional<Callback> find(long id) {
        return database.read(connection -> {
            List<CallbackEntry> found = query(connection, SELECT_ENTRY + "WHERE c.id = ?", id);
            return found.stream().findFirst().map(CallbackEntry::callback);
        });
    }

    @Override
    public Callback update(Callback c) {
        return database.write(connection -> {
            try (PreparedStatement s = connection.prepareStatement("UPDATE callback SET due_at = ?, window_end = ?, "
                    + "note = ?, customer_asked = ?, kind = ?, contract_id = ?, status = ?, cancel_reason = ?, "
                    + "completed_by = ?, outcome = ?, snoozed_until = ?, missed_at = ?, created_at = ?, updated_at = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?")) {
                s.setLong(1, c.dueAt().toEpochMilli());
                bindMutable(s, 2, c);
                s.setLong(15, c.id());
                s.setLong(16, c.version());
                if (s.executeUpdate() != 1) {
                    throw conflict(connection, database.engine(), c);
                }
            }
            return c.withVersion(c.version() + 1);
        });
    }

    /** The update of {@code attempted} matched no row: say what the callback is now. */
    private static ConflictException conflict(Connection connection, JdbcDatabase.Engine engine, Callback attempted)
            throws SQLException {
        Callback current = query(connection, SELECT_ENTRY + "WHERE c.id = ?", attempted.id()).stream()
                .findFirst().map(CallbackEntry::callback).orElse(null);
        Message message = current == null ? new Message("error.conflict.callback.gone")
                : new Message("error.conflict.callback", new Message("callbacks.status." + current.status().name()));
        return new ConflictException(message, "callback", attempted.id(),
                attempted.status() + " at version " + attempted.version(), current,
                current == null ? null : ChangedBy.of(connection, engine, "callback", attempted.id()),
                current == null ? null : current.updatedAt());
    }

    @Override
    public List<CallbackEntry> byStatus(AgentId agent, CallbackStatus status, Instant from, Instant to, int limit) {
        return database.read(connection -> query(connection, SELECT_ENTRY + "WHERE c.agent_id = ? AND c.status = ? "
                + "AND c.due_at >= ? AND c.due_at < ? ORDER BY c.due_at, c.id LIMIT ?",
                agent.value(), status.name(), from.toEpochMilli(), to.toEpochMilli(), limit));
    }

    @Override
    public Optional<CallbackEntry> first(AgentId agent, CallbackStatus status, Instant from) {
        return database.read(connection -> query(connection, SELECT_ENTRY + "WHERE c.agent_id = ? AND c.status = ? "
                + "AND c.due_at >= ? ORDER BY c.due_at, c.id LIMIT 1", agent.value(), status.name(), from.toEpochMilli()))
                .stream().findFirst();
    }

    @Override
    public List<CallbackEntry> history(AgentId agent, Instant from, Instant to, int limit) {
        return database.read(connection -> query(connection, selectByDue + "WHERE c.agent_id = ? AND c.due_at >= ? AND c.due_at < ? AND c.status IN " + CLOSED
                + " ORDER BY c.due_at DESC, c.id DESC LIMIT ?", agent.value(), from.toEpochMilli(), to.toEpochMilli(), limit));
    }

    @Override
    public List<CallbackEntry> between(AgentId agent, Instant from, Instant to) {
        return database.read(connection -> query(connection, selectByDue + "WHERE c.agent_id = ? AND c.due_at >= ? AND c.due_at < ? ORDER BY c.due_at, c.id",
                agent.value(), from.toEpochMilli(), to.toEpochMilli()));
    }

    @Override
    public List<Callback> openForLead(long leadId) {
        return database.read(connection -> query(connection, SELECT_ENTRY + "WHERE c.lead_id = ? "
                + "AND c.status IN ('PENDING', 'MISSED') ORDER BY c.due_at, c.id", leadId))
                .stream().map(CallbackEntry::callback).toList();
    }

    @Override
    public int markMissed(AgentId agent, Instant dueBefore, Instant now) {
        return database.write(connection -> {
            try (PreparedStatement s = connection.prepareStatement("UPDATE callback SET status = 'MISSED', "
                    + "missed_at = ?, updated_at = ?, version = version + 1 WHERE agent_id = ? AND status = 'PENDING' AND due_at < ?")) {
                s.setLong(1, now.toEpochMilli());
                s.setLong(2, now.toEpochMilli());
                s.setString(3, agent.value());
                s.setLong(4, dueBefore.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public int count(AgentId agent, CallbackStatus status, Instant before) {
        return database.read(connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT count(*) FROM callback WHERE agent_id = ? AND status = ? AND due_at < ?")) {
                s.setString(1, agent.value());
                s.setString(2, status.name());
                s.setLong(3, before.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public List<CallbackAuditEvent> auditSince(Instant since) {
        return database.read(connection -> {
            List<CallbackAuditEvent> events = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT at, agent_id, lead_id, callback_id, event, "
                    + "detail FROM callback_audit WHERE at >= ? ORDER BY at, id")) {
                s.setLong(1, since.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        events.add(new CallbackAuditEvent(Instant.ofEpochMilli(rs.getLong(1)), new AgentId(rs.getString(2)),
                                rs.getLong(3), rs.getLong(4), BookingException.valueOf(rs.getString(5)), rs.getString(6)));
                    }
                }
            }
            return events;
        });
    }

    private static List<CallbackEntry> query(Connection connection, String sql, Object... args) throws SQLException {
        List<CallbackEntry> entries = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(new CallbackEntry(map(rs), rs.getString(19)));
                }
            }
        }
        return entries;
    }

    private static Callback map(ResultSet rs) throws SQLException {
        return new Callback(rs.getLong(1), rs.getLong(2), new AgentId(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4)),
                instant(rs, 5), rs.getString(6), rs.getInt(7) != 0, CallbackKind.valueOf(rs.getString(8)), longOrNull(rs, 9),
                CallbackStatus.valueOf(rs.getString(10)), rs.getString(11), longOrNull(rs, 12), rs.getString(13),
                instant(rs, 14), instant(rs, 15), Instant.ofEpochMilli(rs.getLong(16)), Instant.ofEpochMilli(rs.getLong(17)),
                rs.getLong(18));
    }

    private static Callback withId(Callback c, long id) {
        return new Callback(id, c.leadId(), c.agentId(), c.dueAt(), c.windowEnd(), c.note(), c.customerAsked(), c.kind(),
                c.contractId(), c.status(), c.cancelReason(), c.completedBy(), c.outcome(), c.snoozedUntil(), c.missedAt(),
                c.createdAt(), c.updatedAt(), 1);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value.toEpochMilli());
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.LeadCallState;
import dev.dialdesk.storage.CallLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link CallLog} over {@code call_attempt} and the lead's queue columns, the same SQL on both engines
 * (the new id comes back by {@code RETURNING}). The lead's call state is read and written inside the
 * one transaction of the attempt; on the server the lead is held by this desk's claim meanwhile.
 */
public final class JdbcCallLog implements CallLog {

    private static final String COLUMNS =
            "id, client_id, lead_id, agent_id, started_at, ended_at, disposition, note";

    private final JdbcDatabase database;

    public JdbcCallLog(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public Recorded record(CallAttempt attempt, Disposition disposition) {
        if (!attempt.disposition().equals(disposition.code())) {
            throw new IllegalArgumentException("attempt and disposition disagree");
        }
        if (OneStatementOutcome.applies(database, disposition)) {
            Optional<Recorded> recorded = OneStatementOutcome.record(database, attempt, disposition);
            if (recorded.isPresent()) {
                return recorded.get();
            }
        }
        return database.write(connection -> {
            long id = insert(connection, attempt, disposition);
            if (id == 0) {
                CallAttempt first = findByClientId(connection, attempt.clientId()).orElseThrow();
                LeadCallState state = JdbcQueueStore.state(connection, first.leadId()).orElseThrow();
                return new Recorded(first, state, true);
            }
            LeadCallState before = JdbcQueueStore.state(connection, attempt.leadId())
                    .orElseThrow(() -> new SQLException("No lead with id " + attempt.leadId()));
            LeadCallState after = disposition.apply(before, attempt.endedAt());
            if (database.engine() == JdbcDatabase.Engine.POSTGRESQL) {
                recordOnServer(connection, after);
            } else {
                updateLead(connection, after);
            }
            if (disposition.doNotCall()) {
                addLeadToDoNotCall(connection, attempt);
            }
            CallAttempt saved = new CallAttempt(id, attempt.clientId(), attempt.leadId(), attempt.agentId(),
                    attempt.startedAt(), attempt.endedAt(), attempt.disposition(), attempt.note());
            return new Recorded(saved, after, false);
        });
    }

    /** Inserts the attempt; returns its id, or 0 when an attempt with its client id exists. */
    private static long insert(Connection connection, CallAttempt a, Disposition d) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                        + "disposition, contact, sale, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT(client_id) DO NOTHING RETURNING id")) {
            bindAttempt(statement, a, d);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * The attempt's ten columns as parameters 1 to 10, in the order of {@code call_attempt}'s insert: client id,
     * lead, agent, start, end, duration, disposition, contact, sale, note (shared with the server's
     * one-statement outcome, {@code dialdesk_record_call}).
     */
    static void bindAttempt(PreparedStatement statement, CallAttempt a, Disposition d) throws SQLException {
        statement.setString(1, a.clientId().toString());
        statement.setLong(2, a.leadId());
        statement.setString(3, a.agentId().value());
        statement.setLong(4, a.startedAt().toEpochMilli());
        statement.setLong(5, a.endedAt().toEpochMilli());
        statement.setLong(6, a.duration().toMillis());
        statement.setString(7, a.disposition());
        statement.setInt(8, d.contact() ? 1 : 0);
        statement.setInt(9, d.sale() ? 1 : 0);
        statement.setString(10, a.note().isBlank() ? null : a.note());
    }

    private static void updateLead(Connection connection, LeadCallState state) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE lead SET status = ?, attempt_count = ?, last_disposition = ?, last_call_at = ?, "
                        + "next_eligible_at = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
            statement.setString(1, state.status().name());
            statement.setInt(2, state.attemptCount());
            statement.setString(3, state.lastDisposition());
            statement.setLong(4, state.lastCallAt().toEpochMilli());
            setMillisOrNull(statement, 5, state.nextEligibleAt());
            statement.setLong(6, state.lastCallAt().toEpochMilli());
            statement.setLong(7, state.leadId());
            statement.executeUpdate();
        }
    }

    /**
     * On the team server the lead's side of the outcome is one function (PostgreSQL 013): the same
     * columns as {@link #updateLead}, the desk's claim on the lead given back in this transaction, and a
     * pool lead whose outcome needs a follow-up made the agent's own.
     */
    private static void recordOnServer(Connection connection, LeadCallState state) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT dialdesk_record_outcome(?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, state.leadId());
            statement.setString(2, state.status().name());
            statement.setInt(3, state.attemptCount());
            statement.setString(4, state.lastDisposition());
            statement.setLong(5, state.lastCallAt().toEpochMilli());
            setMillisOrNull(statement, 6, state.nextEligibleAt());
            statement.executeQuery().close();
        }
    }

    private static void setMillisOrNull(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, at.toEpochMilli());
        }
    }

    /** The lead's number and its other numbers (the customer asked not to be called at all), each audited. */
    private static void addLeadToDoNotCall(Connection connection, CallAttempt attempt) throws SQLException {
        String phone;
        String extra;
        try (PreparedStatement statement = connection.prepareStatement("SELECT phone, extra FROM lead WHERE id = ?")) {
            statement.setLong(1, attempt.leadId());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                phone = rs.getString(1);
                extra = rs.getString(2);
            }
        }
        List<PhoneNumber> numbers = new ArrayList<>(List.of(PhoneNumber.ofE164(phone)));
        numbers.addAll(dev.dialdesk.domain.LeadPhones.alternates(dev.dialdesk.domain.text.FlatJson.decode(extra)));
        for (PhoneNumber number : numbers) {
            dev.dialdesk.storage.jdbc.DoNotCallRows.insert(connection, number, "disposition",
                    attempt.agentId(), attempt.endedAt(), attempt.leadId());
        }
    }

    @Override
    public List<CallAttempt> history(long leadId, int limit) {
        return database.read(connection -> {
            List<CallAttempt> attempts = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM call_attempt WHERE lead_id = ? ORDER BY started_at DESC, id DESC LIMIT ?")) {
                statement.setLong(1, leadId);
                statement.setInt(2, limit);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        attempts.add(map(rs));
                    }
                }
            }
            return attempts;
        });
    }

    @Override
    public Optional<CallAttempt> findByClientId(UUID clientId) {
        return database.read(connection -> findByClientId(connection, clientId));
    }

    private static Optional<CallAttempt> findByClientId(Connection connection, UUID clientId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM call_attempt WHERE client_id = ?")) {
            statement.setString(1, clientId.toString());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public Totals totals(AgentId agent, Instant from, Instant to) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*), coalesce(sum(contact), 0), coalesce(sum(sale), 0), coalesce(sum(duration_ms), 0) "
                            + "FROM call_attempt WHERE agent_id = ? AND started_at >= ? AND started_at < ?")) {
                statement.setString(1, agent.value());
                statement.setLong(2, from.toEpochMilli());
                statement.setLong(3, to.toEpochMilli());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getLong(4));
                }
            }
        });
    }

    @Override
    public Optional<Instant> lastSale(AgentId agent) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT max(started_at) FROM call_attempt WHERE agent_id = ? AND sale = 1")) {
                statement.setString(1, agent.value());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    long value = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(value));
                }
            }
        });
    }

    @Override
    public int daysWithDials(AgentId agent, Instant from, Instant to, int utcOffsetSeconds) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(DISTINCT (started_at + ?) / 86400000) FROM call_attempt "
                            + "WHERE agent_id = ? AND started_at >= ? AND started_at < ?")) {
                statement.setLong(1, utcOffsetSeconds * 1000L);
                statement.setString(2, agent.value());
                statement.setLong(3, from.toEpochMilli());
                statement.setLong(4, to.toEpochMilli());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static CallAttempt map(ResultSet rs) throws SQLException {
        String note = rs.getString(8);
        return new CallAttempt(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getLong(3),
                new AgentId(rs.getString(4)), Instant.ofEpochMilli(rs.getLong(5)), Instant.ofEpochMilli(rs.getLong(6)),
                rs.getString(7), note == null ? "" : note);
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.LeadPhones;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.LeadCallState;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.OutcomeUndoStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link OutcomeUndoStore} over the call log's tables, the same SQL on both engines. The lead is
 * written back only if it still holds what the attempt wrote (the fields that matter: a note saved
 * meanwhile does not block the undo, another call or a status change does). A number leaves the
 * do-not-call list only when its row is the one this outcome added: source {@code disposition}, this
 * agent, added at the end of this call. A number listed before (an import, an earlier request) kept
 * its own row and stays. A stop for the lead's product this agent recorded with the call (F9: 거절, then
 * the stop) is taken back with it, and the lead it flagged do-not-call goes back too; on the team server
 * neither is undone (only the team lead takes a number off the centre's list), in words.
 */
public final class JdbcOutcomeUndo implements OutcomeUndoStore {

    private final JdbcDatabase database;

    public JdbcOutcomeUndo(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public Undone undo(CallAttempt attempt, LeadCallState before, LeadCallState after, Instant at) {
        return database.write(connection -> {
            if (hasContract(connection, attempt.id())) {
                throw new ConflictException(new Message("calls.undo.contractSaved"),
                        "a contract was saved on attempt " + attempt.id());
            }
            boolean server = database.engine() == JdbcDatabase.Engine.POSTGRESQL;
            int stopsRemoved = ProductStopUndo.takeBack(connection, attempt, server);
            if (!restoreLead(connection, before, after, at, stopsRemoved > 0)) {
                throw leadChanged(connection, attempt);
            }
            if (stopsRemoved > 0) {
                DoNotCallRows.flagListedLeads(connection, at.toEpochMilli()); // still listed another way: stays flagged
            }
            int reopened = reopenKeptCallbacks(connection, attempt.id(), at);
            int cancelled = cancelBookedSince(connection, attempt, at);
            List<PhoneNumber> removed = server ? keepListingOnServer(connection, attempt) : removeOwnListing(connection, attempt);
            delete(connection, "DELETE FROM call_opening WHERE client_id = ?", attempt.clientId().toString());
            if (delete(connection, "DELETE FROM call_attempt WHERE id = ?", attempt.id()) != 1) {
                throw new ConflictException(new Message("calls.undo.leadChanged"),
                        "attempt " + attempt.id() + " is gone");
            }
            String masked = removed.isEmpty() ? phone(connection, attempt.leadId()).masked() : removed.get(0).masked();
            for (PhoneNumber number : removed) {
                CallAuditRows.insert(connection, new AuditEvent(at, attempt.agentId(), attempt.leadId(),
                        number.masked(), AuditEvent.Type.DNC_REMOVED, "undo of " + attempt.disposition()));
            }
            if (stopsRemoved > 0) {
                CallAuditRows.insert(connection, new AuditEvent(at, attempt.agentId(), attempt.leadId(), masked,
                        AuditEvent.Type.DNC_REMOVED, "undo of " + attempt.disposition() + " (product)"));
            }
            CallAuditRows.insert(connection, new AuditEvent(at, attempt.agentId(), attempt.leadId(), masked,
                    AuditEvent.Type.OUTCOME_UNDONE, attempt.disposition()));
            return new Undone(removed.size(), cancelled, reopened, stopsRemoved);
        });
    }

    /** The lead moved on since the call: the refusal carries when and by whom it was last changed (if known). */
    private ConflictException leadChanged(Connection connection, CallAttempt attempt) throws SQLException {
        long leadId = attempt.leadId();
        Instant changedAt = null;
        try (PreparedStatement s = connection.prepareStatement("SELECT updated_at FROM lead WHERE id = ?")) {
            s.setLong(1, leadId);
            try (ResultSet rs = s.executeQuery()) {
                changedAt = rs.next() ? Instant.ofEpochMilli(rs.getLong(1)) : null;
            }
        }
        String changedBy = changedAt == null ? null : ChangedBy.of(connection, database.engine(), "lead", leadId);
        if (changedAt == null) { // reassigned away on the server: only when and by whom
            ChangedBy.Moved moved = ChangedBy.movedAway(connection, database.engine(), leadId);
            changedAt = moved == null ? null : moved.at();
            changedBy = moved == null ? null : moved.by();
        }
        return new ConflictException(new Message("calls.undo.leadChanged"), "lead", leadId,
                "undo of attempt " + attempt.id(), null, changedBy, changedAt);
    }

    private static boolean hasContract(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM contract WHERE attempt_id = ?")) {
            statement.setLong(1, attemptId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /**
     * Writes {@code before} back where the lead still holds {@code after}; {@code flaggedByStop}: the
     * product stop just taken back had also made the lead do-not-call (status and retry time cleared).
     */
    private static boolean restoreLead(Connection connection, LeadCallState before, LeadCallState after, Instant at,
                                       boolean flaggedByStop) throws SQLException {
        String flagged = flaggedByStop ? " OR status = 'DO_NOT_CALL'" : "";
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE lead SET status = ?, attempt_count = ?, last_disposition = ?, last_call_at = ?, "
                        + "next_eligible_at = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND (status = ?" + flagged + ") AND attempt_count = ? "
                        + "AND last_disposition IS NOT DISTINCT FROM ? AND last_call_at IS NOT DISTINCT FROM ? "
                        + "AND (next_eligible_at IS NOT DISTINCT FROM ?" + flagged + ")")) {
            statement.setString(1, before.status().name());
            statement.setInt(2, before.attemptCount());
            statement.setString(3, before.lastDisposition());
            millis(statement, 4, before.lastCallAt());
            millis(statement, 5, before.nextEligibleAt());
            statement.setLong(6, at.toEpochMilli());
            statement.setLong(7, after.leadId());
            statement.setString(8, after.status().name());
            statement.setInt(9, after.attemptCount());
            statement.setString(10, after.lastDisposition());
            millis(statement, 11, after.lastCallAt());
            millis(statement, 12, after.nextEligibleAt());
            return statement.executeUpdate() == 1;
        }
    }

    /** The callbacks this call kept (done by it) are open again. */
    private static int reopenKeptCallbacks(Connection connection, long attemptId, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE callback SET status = 'PENDING', completed_by = NULL, outcome = NULL, updated_at = ?, "
                        + "version = version + 1 WHERE completed_by = ? AND status = 'DONE'")) {
            statement.setLong(1, at.toEpochMilli());
            statement.setLong(2, attemptId);
            return statement.executeUpdate();
        }
    }

    /** The callbacks booked on the lead after the call ended (the booking that followed 예약콜) are cancelled. */
    private static int cancelBookedSince(Connection connection, CallAttempt attempt, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE callback SET status = 'CANCELLED', cancel_reason = ?, updated_at = ?, version = version + 1 "
                        + "WHERE lead_id = ? AND agent_id = ? AND status IN ('PENDING', 'MISSED') AND created_at >= ?")) {
            statement.setString(1, Callback.UNDONE);
            statement.setLong(2, at.toEpochMilli());
            statement.setLong(3, attempt.leadId());
            statement.setString(4, attempt.agentId().value());
            statement.setLong(5, attempt.endedAt().toEpochMilli());
            return statement.executeUpdate();
        }
    }

    /**
     * On the team server an agent never takes a number off the do-not-call list (the centre's list, in force
     * on every desk at once): an outcome that put one there is not undone, in words; one that did not
     * removes nothing.
     */
    private static List<PhoneNumber> keepListingOnServer(Connection connection, CallAttempt attempt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM do_not_call WHERE product = '' AND source = 'disposition' "
                        + "AND agent_id = ? AND added_at = ?")) {
            statement.setString(1, attempt.agentId().value());
            statement.setLong(2, attempt.endedAt().toEpochMilli());
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    throw new ConflictException(new Message("calls.undo.doNotCallOnServer"),
                            "attempt " + attempt.id() + " listed a number on the centre's do-not-call list");
                }
            }
        }
        return List.of();
    }

    /** Removes the rows this outcome added for the lead's numbers; returns the numbers removed. */
    private static List<PhoneNumber> removeOwnListing(Connection connection, CallAttempt attempt) throws SQLException {
        List<PhoneNumber> numbers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT phone, extra FROM lead WHERE id = ?")) {
            statement.setLong(1, attempt.leadId());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                numbers.add(PhoneNumber.ofE164(rs.getString(1)));
                numbers.addAll(LeadPhones.alternates(FlatJson.decode(rs.getString(2))));
            }
        }
        List<PhoneNumber> removed = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM do_not_call WHERE number = ? AND product = '' AND source = 'disposition' "
                        + "AND agent_id = ? AND added_at = ?")) {
            for (PhoneNumber number : numbers) {
                statement.setString(1, number.e164());
                statement.setString(2, attempt.agentId().value());
                statement.setLong(3, attempt.endedAt().toEpochMilli());
                if (statement.executeUpdate() == 1) {
                    removed.add(number);
                }
            }
        }
        return removed;
    }

    private static PhoneNumber phone(Connection connection, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT phone FROM lead WHERE id = ?")) {
            statement.setLong(1, leadId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return PhoneNumber.ofE164(rs.getString(1));
            }
        }
    }

    private static int delete(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            return statement.executeUpdate();
        }
    }

    private static void millis(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }
}

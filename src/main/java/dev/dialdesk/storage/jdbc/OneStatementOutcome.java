package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.LeadCallState;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * On the team server, an outcome recorded in one auto-committed statement (PostgreSQL 015,
 * {@code dialdesk_record_call}): the lead's state is read with its version, the new state worked out from
 * it here (the disposition's rules stay in the domain), and the call row and the lead written together
 * while the lead is still at that version. A lead changed in between (SQLSTATE 40001, nothing written) is
 * read again, up to {@link #TRIES} times. What this path does not take (a do-not-call outcome, which adds
 * numbers to the list; a call sent before; a transaction already open) goes the transactional way of
 * {@link JdbcCallLog}.
 */
final class OneStatementOutcome {

    static final int TRIES = 3;

    private OneStatementOutcome() {
    }

    /** Whether this path may record the outcome at all. */
    static boolean applies(JdbcDatabase database, Disposition disposition) {
        return database.engine() == JdbcDatabase.Engine.POSTGRESQL && !database.inTransaction()
                && !disposition.doNotCall();
    }

    /** The recorded outcome, or empty when the transactional path must record it. */
    static Optional<CallLog.Recorded> record(JdbcDatabase database, CallAttempt attempt, Disposition disposition) {
        for (int i = 0; i < TRIES; i++) {
            Optional<JdbcQueueStore.VersionedState> read = database.oneStatement(
                    connection -> JdbcQueueStore.versionedState(connection, attempt.leadId()));
            if (read.isEmpty()) {
                return Optional.empty();
            }
            LeadCallState after = disposition.apply(read.get().state(), attempt.endedAt());
            long id;
            try {
                id = database.oneStatement(connection -> write(connection, attempt, disposition, read.get().version(),
                        after));
            } catch (StorageException e) {
                if (e.getCause() instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                    continue;
                }
                throw e;
            }
            if (id == 0) {
                return Optional.empty();
            }
            CallAttempt saved = new CallAttempt(id, attempt.clientId(), attempt.leadId(), attempt.agentId(),
                    attempt.startedAt(), attempt.endedAt(), attempt.disposition(), attempt.note());
            return Optional.of(new CallLog.Recorded(saved, after, false));
        }
        return Optional.empty();
    }

    private static long write(Connection connection, CallAttempt a, Disposition d, long version, LeadCallState after)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT dialdesk_record_call(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, a.clientId().toString());
            statement.setLong(2, a.leadId());
            statement.setString(3, a.agentId().value());
            statement.setLong(4, a.startedAt().toEpochMilli());
            statement.setLong(5, a.endedAt().toEpochMilli());
            statement.setString(6, a.disposition());
            statement.setInt(7, d.contact() ? 1 : 0);
            statement.setInt(8, d.sale() ? 1 : 0);
            statement.setString(9, a.note().isBlank() ? null : a.note());
            statement.setLong(10, version);
            statement.setString(11, after.status().name());
            statement.setInt(12, after.attemptCount());
            if (after.nextEligibleAt() == null) {
                statement.setNull(13, Types.BIGINT);
            } else {
                statement.setLong(13, after.nextEligibleAt().toEpochMilli());
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

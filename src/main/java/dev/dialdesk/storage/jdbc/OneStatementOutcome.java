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
                "SELECT dialdesk_record_call(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            JdbcCallLog.bindAttempt(statement, a, d);
            statement.setLong(11, version);
            statement.setString(12, after.status().name());
            statement.setInt(13, after.attemptCount());
            if (after.nextEligibleAt() == null) {
                statement.setNull(14, Types.BIGINT);
            } else {
                statement.setLong(14, after.nextEligibleAt().toEpochMilli());
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}

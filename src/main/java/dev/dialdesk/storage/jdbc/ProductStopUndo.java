package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.ConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The stop-contact request for one product (F9) that an undone call came with, for {@link JdbcOutcomeUndo}:
 * the call panel records 거절 and then the stop, so the stop is the row for the lead's number and
 * product this agent added at or after the end of the call (a row listed before the call has an earlier
 * time, another agent's is not this call's). Same SQL on both engines.
 */
final class ProductStopUndo {

    /** The stops of {@code ?1} (agent) since {@code ?2} (the call's end) on lead {@code ?3}'s number and product. */
    private static final String THIS_CALLS_STOP = " FROM do_not_call WHERE product <> '' AND source = 'manual' "
            + "AND agent_id = ? AND added_at >= ? AND EXISTS (SELECT 1 FROM lead l WHERE l.id = ? "
            + "AND l.phone = do_not_call.number AND do_not_call.product IN (l.product, trim(l.product)))";

    private ProductStopUndo() {
    }

    /**
     * Removes the product stop recorded with {@code attempt}, if any; returns how many rows left the list.
     *
     * @throws ConflictException on the team server when there is one: only the team lead takes it off
     */
    static int takeBack(Connection connection, CallAttempt attempt, boolean server) throws SQLException {
        if (server) {
            if (count(connection, attempt) > 0) {
                throw new ConflictException(new Message("calls.undo.doNotCallOnServer"),
                        "attempt " + attempt.id() + " came with a product stop on the centre's do-not-call list");
            }
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE" + THIS_CALLS_STOP)) {
            bind(statement, attempt);
            return statement.executeUpdate();
        }
    }

    private static long count(Connection connection, CallAttempt attempt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*)" + THIS_CALLS_STOP)) {
            bind(statement, attempt);
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, CallAttempt attempt) throws SQLException {
        statement.setString(1, attempt.agentId().value());
        statement.setLong(2, attempt.endedAt().toEpochMilli());
        statement.setLong(3, attempt.leadId());
    }
}

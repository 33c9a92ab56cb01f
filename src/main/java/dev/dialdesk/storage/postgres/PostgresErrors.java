package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.StorageException;
import java.sql.SQLException;

/** Turns the server's SQLSTATE codes into messages an agent or team lead understands. */
final class PostgresErrors {

    private PostgresErrors() {
    }

    static StorageException translate(SQLException e, PostgresLogin login) {
        String log = "PostgreSQL error on " + login.describe() + " (SQLSTATE " + e.getSQLState() + "): " + e.getMessage();
        return unreachable(e) ? new dev.dialdesk.storage.ServerUnreachableException(messageFor(e, login), log, e)
                : new StorageException(messageFor(e, login), log, e);
    }

    /**
     * The server is out of reach: SQLSTATE class 08 (connection refused, broken), the server shutting
     * down (57P01–57P03), or the pool's wait for a connection running out (Hikari's
     * {@link java.sql.SQLTransientConnectionException}).
     */
    static boolean unreachable(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.startsWith("57P") || e instanceof java.sql.SQLTransientConnectionException
                || e instanceof java.sql.SQLNonTransientConnectionException;
    }

    static Message messageFor(SQLException e, PostgresLogin login) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = login.describe();
        if (unreachable(e)) {
            return new Message("error.team.unreachable", server);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new Message("error.team.login", server, login.user());
        }
        if (state.equals("42501")) {
            return new Message("error.team.permission", server, login.user());
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new Message("error.team.busy", server);
        }
        return new Message("error.storage.generic");
    }
}

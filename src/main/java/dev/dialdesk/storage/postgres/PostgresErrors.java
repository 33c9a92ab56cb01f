package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.StorageException;
import java.sql.SQLException;

/** Turns the server's SQLSTATE codes into messages an agent or team lead understands. */
final class PostgresErrors {

    private PostgresErrors() {
    }

    static StorageException translate(SQLException e, PostgresLogin login) {
        return new StorageException(messageFor(e, login),
                "PostgreSQL error on " + login.describe() + " (SQLSTATE " + e.getSQLState() + "): " + e.getMessage(), e);
    }

    static Message messageFor(SQLException e, PostgresLogin login) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = login.describe();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
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

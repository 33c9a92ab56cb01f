package dev.dialdesk.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on a connection, inside a transaction the caller does not manage. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}

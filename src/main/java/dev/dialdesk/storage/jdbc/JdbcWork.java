package dev.dialdesk.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of row work on a connection, inside a transaction the engine's database class runs. */
@FunctionalInterface
public interface JdbcWork<T> {
    T run(Connection connection) throws SQLException;
}

package dev.dialdesk.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on one pooled connection, inside a transaction {@link PostgresDatabase} manages. */
@FunctionalInterface
public interface PgWork<T> {
    T run(Connection connection) throws SQLException;
}

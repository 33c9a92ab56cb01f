package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.Transactions;
import java.util.function.Supplier;

/**
 * {@link Transactions} over the single writer: the work runs on the writer thread inside one
 * {@code BEGIN IMMEDIATE}, and every store write it makes runs inline in that transaction.
 */
public final class SqliteTransactions implements Transactions {

    private final SqliteDatabase database;

    public SqliteTransactions(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T inOneTransaction(Supplier<T> work) {
        return database.write(connection -> work.get());
    }
}

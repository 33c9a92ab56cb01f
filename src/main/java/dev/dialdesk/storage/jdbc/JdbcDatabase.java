package dev.dialdesk.storage.jdbc;

import dev.dialdesk.storage.Transactions;
import java.util.function.Supplier;

/**
 * What a store needs of its database, whichever the engine: read and write transactions on one
 * connection each (a store call made inside a write joins it). {@code SqliteDatabase} (one file, one
 * writer thread) and {@code PostgresDatabase} (the team server, a pool) implement it, so a store
 * whose SQL means the same on both engines is written once, over this, and proven on both by its
 * contract test (src/test/.../storage/contract).
 */
public interface JdbcDatabase extends Transactions {

    /** The engines Dialdesk runs on, for the few statements that differ between them. */
    enum Engine { SQLITE, POSTGRESQL }

    Engine engine();

    /** Runs {@code work} in one read transaction (one snapshot). */
    <T> T read(JdbcWork<T> work);

    /** Runs {@code work} in one write transaction: committed when it returns, rolled back when it throws. */
    <T> T write(JdbcWork<T> work);

    /**
     * One statement that is a transaction by itself: on the server auto-committed (no BEGIN and COMMIT round
     * trips); on a local file, or inside a transaction already open on this thread, as {@link #write}.
     */
    default <T> T oneStatement(JdbcWork<T> work) {
        return write(work);
    }

    /**
     * Whether the calling thread is inside a transaction of this database (a statement run now joins it, and
     * a failed one spoils it). The local file's engine does not track it and says false.
     */
    default boolean inTransaction() {
        return false;
    }

    @Override
    default <T> T inOneTransaction(Supplier<T> work) {
        return write(connection -> work.get());
    }
}

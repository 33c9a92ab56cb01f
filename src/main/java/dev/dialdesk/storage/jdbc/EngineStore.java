package dev.dialdesk.storage.jdbc;

/**
 * The base of a store whose rows mean the same on both engines: the engine's subclass says only how
 * a piece of {@link JdbcWork} runs (its database's read and write transactions); the behaviour is
 * written once, here and in the row classes, and proven on both by the store's contract test.
 */
public abstract class EngineStore {

    /** Runs {@code work} in a read transaction of the engine. */
    protected abstract <T> T read(JdbcWork<T> work);

    /** Runs {@code work} in a write transaction of the engine (joining the caller's, if one is open). */
    protected abstract <T> T write(JdbcWork<T> work);
}

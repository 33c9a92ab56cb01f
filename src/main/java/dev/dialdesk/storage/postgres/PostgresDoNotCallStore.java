package dev.dialdesk.storage.postgres;

import java.time.Clock;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcWork;

/**
 * {@link dev.dialdesk.storage.DoNotCallStore} over the centre's {@code do_not_call} list on the server
 * ({@link JdbcDoNotCallStore}): a number added on any desk is in force for every desk at its next claim
 * or dial. An agent's connection reads the whole list and adds numbers in its own name only (row-level
 * security refuses another agent's name); nobody but the team lead removes one (no grant).
 * {@code flagListedLeads()} on an agent's connection flags that agent's leads only.
 */
public final class PostgresDoNotCallStore extends JdbcDoNotCallStore {

    private final PostgresDatabase database;

    public PostgresDoNotCallStore(PostgresDatabase database, Clock clock) {
        super(clock);
        this.database = database;
    }

    @Override
    protected <T> T read(JdbcWork<T> work) {
        return database.read(work::run);
    }

    @Override
    protected <T> T write(JdbcWork<T> work) {
        return database.write(work::run);
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.jdbc.DoNotCallRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** {@link DoNotCallStore} over {@code do_not_call}, auditing every addition in {@code call_audit}. */
public final class SqliteDoNotCallStore implements DoNotCallStore {

    private final SqliteDatabase database;
    private final Clock clock;

    public SqliteDoNotCallStore(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean contains(PhoneNumber number) {
        return find(number).isPresent();
    }

    @Override
    public Optional<DoNotCallEntry> find(PhoneNumber number) {
        return database.read(connection -> DoNotCallRows.find(connection, number));
    }

    @Override
    public boolean add(PhoneNumber number, String source, AgentId agent) {
        return addAll(java.util.List.of(number), source, agent) == 1;
    }

    @Override
    public int addAll(Collection<PhoneNumber> numbers, String source, AgentId agent) {
        Instant now = clock.instant();
        return database.write(connection -> {
            int added = 0;
            for (PhoneNumber number : numbers) {
                if (insert(connection, number, source, agent, now, 0)) {
                    added++;
                }
            }
            return added;
        });
    }

    /** Inserts a number with its audit row, inside the caller's write; false when it was listed. */
    static boolean insert(Connection connection, PhoneNumber number, String source, AgentId agent, Instant at,
                          long leadId) throws SQLException {
        return DoNotCallRows.insert(connection, number, source, agent, at, leadId);
    }

    @Override
    public int flagListedLeads() {
        long now = clock.millis();
        return database.write(connection -> DoNotCallRows.flagListedLeads(connection, now));
    }

    @Override
    public long count() {
        return database.read(DoNotCallRows::count);
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.domain.calls.StopScope;
import dev.dialdesk.storage.DoNotCallStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link DoNotCallStore} over {@code do_not_call} (one row per number and scope: product '' is all
 * marketing), auditing every addition in {@code call_audit}: the same on both engines. On the team
 * server it is the centre's list: a number added on any desk is in force for every desk at its next
 * claim or dial; an agent's connection reads the whole list and adds numbers in its own name only
 * (row-level security refuses another agent's name), and nobody but the team lead removes one (no
 * grant). {@code flagListedLeads()} on an agent's connection flags that agent's leads only.
 */
public final class JdbcDoNotCallStore implements DoNotCallStore {

    private final JdbcDatabase database;

    private final Clock clock;

    public JdbcDoNotCallStore(JdbcDatabase database, Clock clock) {
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
    public Optional<DoNotCallEntry> findFor(PhoneNumber number, String product) {
        return database.read(connection -> DoNotCallRows.findFor(connection, number, product));
    }

    @Override
    public boolean add(PhoneNumber number, String source, AgentId agent) {
        return addAll(List.of(number), source, agent) == 1;
    }

    @Override
    public boolean addForProduct(PhoneNumber number, String product, String source, AgentId agent) {
        DoNotCallEntry entry = new DoNotCallEntry(number, source, clock.instant(), agent, StopScope.PRODUCT, product,
                null);
        return database.write(connection -> DoNotCallRows.insert(connection, entry, 0));
    }

    @Override
    public int addAll(Collection<PhoneNumber> numbers, String source, AgentId agent) {
        return addOptOutList(numbers, null, source, agent);
    }

    @Override
    public int addOptOutList(Collection<PhoneNumber> numbers, LocalDate listDate, String source, AgentId agent) {
        Instant now = clock.instant();
        return database.write(connection -> {
            int added = 0;
            for (PhoneNumber number : numbers) {
                if (DoNotCallRows.insert(connection, new DoNotCallEntry(number, source, now, agent,
                        StopScope.ALL_MARKETING, "", listDate), 0)) {
                    added++;
                }
            }
            return added;
        });
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

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
 * marketing), auditing every addition in {@code call_audit}: the same on both engines.
 */
public abstract class JdbcDoNotCallStore extends EngineStore implements DoNotCallStore {

    private final Clock clock;

    protected JdbcDoNotCallStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean contains(PhoneNumber number) {
        return find(number).isPresent();
    }

    @Override
    public Optional<DoNotCallEntry> find(PhoneNumber number) {
        return read(connection -> DoNotCallRows.find(connection, number));
    }

    @Override
    public Optional<DoNotCallEntry> findFor(PhoneNumber number, String product) {
        return read(connection -> DoNotCallRows.findFor(connection, number, product));
    }

    @Override
    public boolean add(PhoneNumber number, String source, AgentId agent) {
        return addAll(List.of(number), source, agent) == 1;
    }

    @Override
    public boolean addForProduct(PhoneNumber number, String product, String source, AgentId agent) {
        DoNotCallEntry entry = new DoNotCallEntry(number, source, clock.instant(), agent, StopScope.PRODUCT, product,
                null);
        return write(connection -> DoNotCallRows.insert(connection, entry, 0));
    }

    @Override
    public int addAll(Collection<PhoneNumber> numbers, String source, AgentId agent) {
        return addOptOutList(numbers, null, source, agent);
    }

    @Override
    public int addOptOutList(Collection<PhoneNumber> numbers, LocalDate listDate, String source, AgentId agent) {
        Instant now = clock.instant();
        return write(connection -> {
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
        return write(connection -> DoNotCallRows.flagListedLeads(connection, now));
    }

    @Override
    public long count() {
        return read(DoNotCallRows::count);
    }
}

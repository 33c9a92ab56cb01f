package dev.dialdesk.service.outbox;

import dev.dialdesk.storage.HolidayStore;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The centre's holidays, the last list read answered while the server is away: a contract entered
 * then still gets its QA deadline in business days.
 */
final class OutboxHolidayStore implements HolidayStore {

    private final HolidayStore store;
    private final LastRead<Set<LocalDate>> lastRead = new LastRead<>();

    OutboxHolidayStore(HolidayStore store) {
        this.store = store;
    }

    @Override
    public Set<LocalDate> all() {
        return lastRead.of(store::all);
    }

    @Override
    public int addAll(Map<LocalDate, String> holidays, String source) {
        return store.addAll(holidays, source);
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.timeline.TimelineEntry;
import dev.dialdesk.storage.CustomerTimelineStore;
import java.util.List;

/**
 * {@link CustomerTimelineStore} over the call, callback, contract, case and notes-change tables: the
 * same on both engines, one read transaction (one snapshot) per customer. On the team server the
 * agent's login sees only their own rows (row-level security).
 */
public final class JdbcCustomerTimelineStore implements CustomerTimelineStore {

    private final JdbcDatabase database;

    public JdbcCustomerTimelineStore(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public List<TimelineEntry> eventsOf(long leadId) {
        return database.read(connection -> TimelineRows.eventsOf(connection, leadId));
    }
}

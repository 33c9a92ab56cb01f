package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.LeadCallState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The queries behind the work queue. Each page is one indexed query; leads on the do-not-call list
 * are left out by the database already.
 */
public interface QueueStore {

    /** A lead with its call state. */
    record QueuedRow(Lead lead, LeadCallState state) {
    }

    /** Where the previous page ended, to continue after it; {@code null} for the first page. */
    record Cursor(long key, long leadId) {
    }

    /**
     * The agent's leads whose retry time has come ({@code next_eligible_at <= now}), earliest first,
     * not final, not on the do-not-call list, after {@code after}.
     *
     * @param onlyOwnZone when true, only leads with a zone of their own (the centre is closed now)
     */
    List<QueuedRow> dueRetries(AgentId agent, Instant now, boolean onlyOwnZone, Cursor after, int limit);

    /** The agent's new leads, oldest batch first, then in file order; not on the do-not-call list. */
    List<QueuedRow> newLeads(AgentId agent, boolean onlyOwnZone, Cursor after, int limit);

    Optional<QueuedRow> find(long leadId);

    Optional<QueuedRow> findByPhone(PhoneNumber number);

    /** Sets the zone a lead's calling hours are evaluated in (null: the centre's). */
    void setZone(long leadId, java.time.ZoneId zone);
}

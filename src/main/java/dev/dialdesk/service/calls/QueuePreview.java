package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.QueueSkipReason;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.QueueStore.Cursor;
import dev.dialdesk.storage.QueueStore.QueuedRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code queue --agent ID --limit N}: what the work queue would offer the agent next, in its order (the
 * callback or return call it picks first, then due retries, then new leads), each with its reason, and
 * the leads it passes over on the way with why (do-not-call, outside calling hours …). Read-only: it
 * claims and changes nothing.
 */
public final class QueuePreview {

    private static final int PAGE = 100;
    /** At most this many pages per tier are looked through (a night when every lead is outside calling hours). */
    private static final int MAX_PAGES = 20;

    /** A lead the queue would offer: its tier says why (CALLBACK, RETURN_CALL, RETRY due, NEW). */
    public record Offered(long leadId, QueuedLead.Tier tier, PhoneNumber phone, Instant dueAt) {
    }

    /** A lead the queue passes over now, and why. */
    public record Skipped(long leadId, PhoneNumber phone, QueueSkipReason reason) {
    }

    public record Preview(List<Offered> offered, List<Skipped> skipped) {
    }

    private final QueueStore store;
    private final WorkQueue queue;
    private final Clock clock;

    public QueuePreview(QueueStore store, WorkQueue queue, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.clock = clock;
    }

    /** Up to {@code limit} leads offered and at most as many skipped ones. Not on the event thread. */
    public Preview of(AgentId agent, int limit) {
        Instant now = clock.instant();
        List<Offered> offered = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Optional<QueuedLead> first = queue.next(agent);
        first.filter(q -> q.tier() == QueuedLead.Tier.CALLBACK || q.tier() == QueuedLead.Tier.RETURN_CALL)
                .ifPresent(q -> offered.add(new Offered(q.leadId(), q.tier(), q.lead().phone(),
                        q.callback() == null ? null : q.callback().dueAt())));
        scan(agent, limit, QueuedLead.Tier.RETRY, offered, skipped,
                after -> store.dueRetries(agent, now, false, after, PAGE),
                row -> new Cursor(row.state().nextEligibleAt().toEpochMilli(), row.lead().id()));
        scan(agent, limit, QueuedLead.Tier.NEW, offered, skipped,
                after -> store.newLeads(agent, false, after, PAGE),
                row -> new Cursor(row.lead().batchId(), row.lead().id()));
        return new Preview(List.copyOf(offered), List.copyOf(skipped));
    }

    private void scan(AgentId agent, int limit, QueuedLead.Tier tier, List<Offered> offered, List<Skipped> skipped,
                      Function<Cursor, List<QueuedRow>> page, Function<QueuedRow, Cursor> cursorOf) {
        Cursor after = null;
        for (int pages = 0; pages < MAX_PAGES && offered.size() < limit; pages++) {
            List<QueuedRow> rows = page.apply(after);
            for (QueuedRow row : rows) {
                long id = row.lead().id();
                if (offered.size() >= limit) {
                    return;
                }
                if (offered.stream().anyMatch(o -> o.leadId() == id)) {
                    continue;
                }
                Optional<QueueSkipReason> reason = queue.explain(agent, id);
                if (reason.isEmpty()) {
                    offered.add(new Offered(id, tier, row.lead().phone(), row.state().nextEligibleAt()));
                } else if (skipped.size() < limit) {
                    skipped.add(new Skipped(id, row.lead().phone(), reason.get()));
                }
            }
            if (rows.size() < PAGE) {
                return;
            }
            after = cursorOf.apply(rows.get(rows.size() - 1));
        }
    }
}

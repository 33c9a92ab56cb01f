package dev.dialdesk.service.leads;

import dev.dialdesk.domain.timeline.TimelineEntry;
import dev.dialdesk.domain.timeline.TimelineEvent;
import dev.dialdesk.storage.CustomerTimelineStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The customer's timeline for the call panel: every call, callback, contract and QA event, case step
 * and notes change of the customer behind a lead (leads of earlier batches with the same number too),
 * newest first, and the contracts still open (the contract key warns before a second one).
 */
public final class CustomerTimeline {

    /** The most lines shown; older ones are counted, not listed. */
    public static final int MAX_SHOWN = 200;

    private final CustomerTimelineStore store;

    public CustomerTimeline(CustomerTimelineStore store) {
        this.store = store;
    }

    /** A contract of the customer not returned, withdrawn or cancelled. */
    public record OpenContract(long id, String product, Instant signedAt) {
    }

    /**
     * @param entries newest first, at most {@link #MAX_SHOWN}
     * @param total   how many events there are in all
     */
    public record Timeline(long leadId, List<TimelineEntry> entries, int total, List<OpenContract> openContracts) {

        public Timeline {
            entries = List.copyOf(entries);
            openContracts = List.copyOf(openContracts);
        }

        public static Timeline empty(long leadId) {
            return new Timeline(leadId, List.of(), 0, List.of());
        }

        /** True when the same number came in another batch (its lines name their batch). */
        public boolean spansBatches() {
            return entries.stream().map(TimelineEntry::leadId).filter(id -> id != 0).distinct().count() > 1;
        }
    }

    /** Reads the timeline; call off the event thread. */
    public Timeline of(long leadId) {
        List<TimelineEntry> all = new ArrayList<>(store.eventsOf(leadId));
        all.sort(TimelineEntry.NEWEST_FIRST);
        return new Timeline(leadId, all.subList(0, Math.min(MAX_SHOWN, all.size())), all.size(), openContracts(all));
    }

    private static List<OpenContract> openContracts(List<TimelineEntry> newestFirst) {
        Set<Long> ended = new HashSet<>();
        List<OpenContract> open = new ArrayList<>();
        for (TimelineEntry entry : newestFirst) {
            if (entry.event().endsContract()) {
                ended.add(entry.ref());
            } else if (entry.event() == TimelineEvent.CONTRACT_SIGNED && !ended.contains(entry.ref())) {
                open.add(new OpenContract(entry.ref(), entry.subject(), entry.at()));
            }
        }
        return open;
    }
}

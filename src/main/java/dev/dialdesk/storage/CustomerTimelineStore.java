package dev.dialdesk.storage;

import dev.dialdesk.domain.timeline.TimelineEntry;
import java.util.List;

/** What the customer's timeline reads: every event of the customer behind a lead, in any order. */
public interface CustomerTimelineStore {

    /**
     * The calls, callbacks, contracts and their QA events, follow-up case steps, notes changes and
     * imports of every lead with the same number as {@code leadId} (an earlier batch's lead too), and
     * the cases opened on that number; empty when the lead does not exist (or is not this desk's).
     */
    List<TimelineEntry> eventsOf(long leadId);
}

package dev.dialdesk.domain.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One line of a customer's timeline. What {@code subject}, {@code amount}, {@code due} and
 * {@code text} hold depends on the {@link TimelineEvent} (see each constant).
 *
 * @param leadId  the lead the event belongs to (the same number may be a lead of an earlier batch)
 * @param batch   the name of that lead's batch
 * @param ref     the contract, callback or case the event is about; 0 for a call, a note or an import
 * @param subject a code, product, party or title; null when the event has none
 * @param due     a booked time or a deadline; null when the event has none
 * @param text    a note, an answer or a reason; null when there is none
 */
public record TimelineEntry(Instant at, TimelineEvent event, long leadId, String batch, long ref,
                            String subject, long amount, Instant due, String text) {

    /** Newest first; at the same instant the later step of the flow first. */
    public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .thenComparing(TimelineEntry::event).reversed();

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
    }
}

package dev.dialdesk.service.leads;

import dev.dialdesk.domain.LeadStatus;

/**
 * What the agent asked the lead list to show.
 *
 * @param text      the search text (name or any part of the phone number); blank for all
 * @param status    only leads in this status, or null for all
 * @param batchId   only leads of this batch, or null for all
 * @param sort      the order
 * @param ascending the direction of {@code sort}
 */
public record LeadFilter(String text, LeadStatus status, Long batchId, LeadSortKey sort, boolean ascending) {

    public static final LeadFilter ALL = new LeadFilter("", null, null, LeadSortKey.ID, true);

    public LeadFilter {
        text = text == null ? "" : text;
        sort = sort == null ? LeadSortKey.ID : sort;
    }

    public LeadFilter withText(String newText) {
        return new LeadFilter(newText, status, batchId, sort, ascending);
    }

    public LeadFilter withStatus(LeadStatus newStatus) {
        return new LeadFilter(text, newStatus, batchId, sort, ascending);
    }

    public LeadFilter withBatch(Long newBatchId) {
        return new LeadFilter(text, status, newBatchId, sort, ascending);
    }

    public LeadFilter withSort(LeadSortKey newSort, boolean newAscending) {
        return new LeadFilter(text, status, batchId, newSort, newAscending);
    }

    /** Whether anything narrows the list (as opposed to only ordering it). */
    public boolean narrows() {
        return !text.isBlank() || status != null || batchId != null;
    }
}

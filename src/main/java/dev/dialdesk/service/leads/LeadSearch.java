package dev.dialdesk.service.leads;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the rows of a {@link LeadSnapshot} that match a {@link LeadFilter}, in the filter's order:
 * one pass over compact arrays producing an {@code int[]} of row indexes (a 100,000-lead keystroke
 * is a few milliseconds). Nothing is copied but the indexes.
 */
public final class LeadSearch {

    private LeadSearch() {
    }

    /** The matching rows of {@code snapshot}, sorted as {@code filter} asks. */
    public static int[] find(LeadSnapshot snapshot, LeadFilter filter) {
        SearchQuery query = SearchQuery.parse(filter.text());
        int statusOrdinal = filter.status() == null ? -1 : filter.status().ordinal();
        int batchIndex = batchIndexOf(snapshot, filter.batchId());
        if (filter.batchId() != null && batchIndex < 0) {
            return new int[0];
        }
        int[] order = filter.sort() == LeadSortKey.ID ? null : snapshot.order(filter.sort());
        int size = snapshot.size;
        int[] matches = new int[size];
        int count = 0;
        boolean ascending = filter.ascending();
        for (int k = 0; k < size; k++) {
            int position = ascending ? k : size - 1 - k;
            int row = order == null ? position : order[position];
            if ((statusOrdinal < 0 || snapshot.status[row] == statusOrdinal)
                    && (batchIndex < 0 || snapshot.batchIndex[row] == batchIndex)
                    && matches(snapshot, row, query)) {
                matches[count++] = row;
            }
        }
        return count == size ? matches : Arrays.copyOf(matches, count);
    }

    private static boolean matches(LeadSnapshot snapshot, int row, SearchQuery query) {
        List<SearchQuery.Term> terms = query.terms();
        for (int t = 0; t < terms.size(); t++) {
            SearchQuery.Term term = terms.get(t);
            if (term.isPhone() ? !matchesDigits(snapshot.phoneDigits[row], term.digitAlternatives())
                    && !matchesAlternates(snapshot.alternateDigits[row], term.digitAlternatives())
                    : !snapshot.namesLower[row].contains(term.namePart())) {
                return false;
            }
        }
        return true;
    }

    /** The lead's other numbers, when it has any (most leads don't: a null check). */
    private static boolean matchesAlternates(String digits, String[] alternatives) {
        return digits != null && matchesDigits(digits, alternatives);
    }

    private static boolean matchesDigits(String digits, String[] alternatives) {
        for (String alternative : alternatives) {
            if (digits.contains(alternative)) {
                return true;
            }
        }
        return false;
    }

    private static int batchIndexOf(LeadSnapshot snapshot, Long batchId) {
        if (batchId == null) {
            return -1;
        }
        for (int i = 0; i < snapshot.batches().size(); i++) {
            if (snapshot.batches().get(i).id() == batchId) {
                return i;
            }
        }
        return -1;
    }
}

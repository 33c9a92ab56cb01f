package dev.dialdesk.service.leads;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Computes the permutation of a snapshot's rows for a sort key, once per key: distinct values are
 * sorted in natural Korean order (few, and compared through precomputed keys), then the rows are
 * placed by a counting sort, stable in id order.
 */
final class LeadOrdering {

    private LeadOrdering() {
    }

    static int[] orderBy(LeadSnapshot s, LeadSortKey key) {
        return switch (key) {
            case ID -> identity(s.size);
            case NAME -> byText(s.names, s.size);
            case PHONE -> byText(s.phoneDigits, s.size);
            case REGION -> byText(s.regions, s.size);
            case PRODUCT -> byText(s.products, s.size);
            case SOURCE -> byText(s.sources, s.size);
            case STATUS -> byRank(toInts(s.status, s.size), LeadSnapshot.STATUSES.length);
            case BATCH -> byBatch(s);
            case BIRTH_DATE -> byInt(s.birthEpochDay, s.size);
            case ATTEMPTS -> byInt(s.attempts, s.size);
            case AGENT -> byText(s.agents, s.size);
        };
    }

    static int[] identity(int size) {
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** Natural Korean order of the distinct values; empty values last. */
    static int[] byText(String[] values, int size) {
        Map<String, Integer> distinct = new HashMap<>();
        for (int i = 0; i < size; i++) {
            distinct.putIfAbsent(values[i], distinct.size());
        }
        String[] texts = new String[distinct.size()];
        distinct.forEach((text, index) -> texts[index] = text);
        NaturalOrder order = new NaturalOrder();
        NaturalOrder.Key[] keys = new NaturalOrder.Key[texts.length];
        Integer[] sorted = new Integer[texts.length];
        for (int i = 0; i < texts.length; i++) {
            keys[i] = order.key(texts[i]);
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> keys[a].compareTo(keys[b]));
        int[] rankOfDistinct = new int[texts.length];
        for (int rank = 0; rank < sorted.length; rank++) {
            rankOfDistinct[sorted[rank]] = rank;
        }
        int[] ranks = new int[size];
        for (int i = 0; i < size; i++) {
            ranks[i] = rankOfDistinct[distinct.get(values[i])];
        }
        return byRank(ranks, texts.length);
    }

    private static int[] byBatch(LeadSnapshot s) {
        int[] ranks = new int[s.size];
        int batches = s.batches().size();
        for (int i = 0; i < s.size; i++) {
            ranks[i] = s.batchIndex[i] < 0 ? batches : s.batchIndex[i];
        }
        return byRank(ranks, batches + 1);
    }

    /** Ascending by value (e.g. epoch days); {@link Integer#MIN_VALUE} (no value) last. */
    private static int[] byInt(int[] values, int size) {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            long value = values[i] == Integer.MIN_VALUE ? Integer.MAX_VALUE : values[i];
            packed[i] = (value << 32) | i;
        }
        Arrays.sort(packed);
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = (int) (packed[i] & 0xffffffffL);
        }
        return rows;
    }

    /** Stable counting sort of rows by a small rank in {@code [0, rankCount)}. */
    static int[] byRank(int[] ranks, int rankCount) {
        int[] start = new int[rankCount + 1];
        for (int rank : ranks) {
            start[rank + 1]++;
        }
        for (int r = 0; r < rankCount; r++) {
            start[r + 1] += start[r];
        }
        int[] rows = new int[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            rows[start[ranks[i]]++] = i;
        }
        return rows;
    }

    private static int[] toInts(byte[] values, int size) {
        int[] ints = new int[size];
        for (int i = 0; i < size; i++) {
            ints[i] = values[i];
        }
        return ints;
    }
}

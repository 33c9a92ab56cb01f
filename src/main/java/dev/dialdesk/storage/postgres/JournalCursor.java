package dev.dialdesk.storage.postgres;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a desk is in the server's change journal ({@code live_change}, PostgreSQL 014), and which rows it
 * has not seen yet. A row's number is taken when it is written and the row is seen when its transaction
 * commits, so numbers do not arrive in order: after row 105 has been read, row 104 may still commit. The
 * cursor keeps the numbers it skipped ({@link #missing()}) and asks for them again with the newer ones,
 * for {@link #GAP_WAIT_NANOS} (a rolled-back transaction leaves its number unused for ever). Not thread-safe:
 * one feed thread owns it.
 */
final class JournalCursor {

    /** How long a skipped number is asked for again: longer than any transaction that writes changes. */
    static final long GAP_WAIT_NANOS = 60_000_000_000L;
    /** A jump wider than this (the journal cleaned, a desk far behind) is not tracked number by number. */
    static final int MAX_TRACKED = 10_000;

    /** One row of the journal. */
    record Row(long seq, String payload) {
    }

    private long after;
    /** Skipped numbers and when they were first skipped (System.nanoTime), oldest first. */
    private final Map<Long, Long> missing = new LinkedHashMap<>();

    /** @param after the highest number already accounted for (the journal's newest when the desk connects) */
    JournalCursor(long after) {
        this.after = after;
    }

    /** Rows above this number are new. */
    long after() {
        return after;
    }

    /** Numbers skipped earlier that may still arrive. */
    long[] missing() {
        return missing.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    /** Takes the rows of one read (in number order); returns those not seen before, in order. */
    List<Row> accept(List<Row> rows, long nowNanos) {
        List<Row> fresh = new ArrayList<>();
        for (Row row : rows) {
            if (row.seq() > after) {
                if (row.seq() - after - 1 <= MAX_TRACKED) {
                    for (long skipped = after + 1; skipped < row.seq(); skipped++) {
                        missing.put(skipped, nowNanos);
                    }
                }
                after = row.seq();
                fresh.add(row);
            } else if (missing.remove(row.seq()) != null) {
                fresh.add(row);
            }
        }
        forgetOld(nowNanos);
        return fresh;
    }

    private void forgetOld(long nowNanos) {
        Iterator<Map.Entry<Long, Long>> oldest = missing.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<Long, Long> entry = oldest.next();
            if (nowNanos - entry.getValue() < GAP_WAIT_NANOS && missing.size() <= MAX_TRACKED) {
                break;
            }
            oldest.remove();
        }
    }
}

package dev.dialdesk.storage;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.MissedCall;
import dev.dialdesk.domain.cases.ReturnCall;
import java.time.Instant;
import java.util.List;

/** Missed calls and the return calls they make. */
public interface MissedCallStore {

    /**
     * Adds missed calls in one transaction; one already there (same number and time) is skipped.
     *
     * @return how many were new
     */
    int add(List<MissedCall> calls);

    /**
     * The return calls: the open missed calls grouped by number, oldest first, with their count, first
     * and last time and the name the phone system gave (not matched yet: {@link ReturnCall.Match#UNKNOWN}).
     */
    List<ReturnCall> open();

    /** Marks the number's open missed calls up to {@code calledAt} done; returns how many. */
    int markReturned(PhoneNumber phone, Instant calledAt);
}

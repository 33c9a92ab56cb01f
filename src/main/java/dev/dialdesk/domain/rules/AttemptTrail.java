package dev.dialdesk.domain.rules;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A lead's dial attempts, newest first, reduced to what the floor's rules read: when, whether a person
 * answered, and what the outcome made of the lead. The one input of {@link GoingCold}, {@link QaRisk}
 * and {@link WithdrawalRisk}.
 */
public record AttemptTrail(List<Try> newestFirst) {

    /** One attempt: {@code leadsTo} is the lead status its outcome leads to (null when unknown). */
    public record Try(Instant at, boolean contact, LeadStatus leadsTo) {
        public Try {
            Objects.requireNonNull(at, "at");
        }

        /** A contact that left the customer warm: thinking it over, a callback, a contract. */
        public boolean warm() {
            return contact && (leadsTo == LeadStatus.THINKING || leadsTo == LeadStatus.CALLBACK
                    || leadsTo == LeadStatus.CONTRACTED);
        }
    }

    public AttemptTrail {
        List<Try> sorted = new ArrayList<>(newestFirst);
        sorted.sort(Comparator.comparing(Try::at).reversed());
        newestFirst = List.copyOf(sorted);
    }

    public static final AttemptTrail EMPTY = new AttemptTrail(List.of());

    /** From the call log's attempts and the dispositions by code (an unknown code counts as unanswered). */
    public static AttemptTrail of(List<CallAttempt> attempts, Map<String, Disposition> dispositions) {
        List<Try> tries = new ArrayList<>(attempts.size());
        for (CallAttempt attempt : attempts) {
            Disposition d = dispositions.get(attempt.disposition());
            tries.add(new Try(attempt.startedAt(), d != null && d.contact(), d == null ? null : d.leadsTo()));
        }
        return new AttemptTrail(tries);
    }

    /** The dispositions by code, as {@link #of} reads them. */
    public static Map<String, Disposition> byCode(java.util.Collection<Disposition> dispositions) {
        Map<String, Disposition> byCode = new java.util.HashMap<>();
        dispositions.forEach(d -> byCode.put(d.code(), d));
        return byCode;
    }

    /** How many of the newest attempts in a row went unanswered. */
    public int unansweredInARow() {
        int count = 0;
        for (Try t : newestFirst) {
            if (t.contact()) {
                break;
            }
            count++;
        }
        return count;
    }

    /** As {@link #unansweredInARow}, counting only attempts at or after {@code since}. */
    public int unansweredInARowSince(Instant since) {
        int count = 0;
        for (Try t : newestFirst) {
            if (t.at().isBefore(since) || t.contact()) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The last contact before the newest unanswered run, or null when there never was one. */
    public Try lastContact() {
        for (Try t : newestFirst) {
            if (t.contact()) {
                return t;
            }
        }
        return null;
    }

    /** The hours of the day (in {@code zone}) at which this customer answered before. */
    public SortedSet<Integer> answeredHours(ZoneId zone) {
        SortedSet<Integer> hours = new TreeSet<>();
        for (Try t : newestFirst) {
            if (t.contact()) {
                hours.add(t.at().atZone(zone).getHour());
            }
        }
        return hours;
    }
}

package dev.dialdesk.domain.agenda;

import dev.dialdesk.domain.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One line of the agent's "today" list, whatever it comes from: a booked callback or the next step of a
 * follow-up case. Each source keeps its own rules (bookings, chains); the list only orders and colours.
 *
 * @param sourceId the callback's or the step's id
 * @param leadId   the lead to call (a callback, a customer step), or null
 * @param caseId   the case of a step, or null
 * @param who      the customer or the party, for the screen only
 * @param what     the callback's note or the step's question
 */
public record AgendaItem(Source source, long sourceId, Long leadId, Long caseId, Instant dueAt, String who,
                         String what, boolean open) {

    /** Where an item comes from. */
    public enum Source { CALLBACK, CASE_STEP }

    /** How close an open item is. */
    public enum Timing { OVERDUE, DUE_SOON, LATER_TODAY, LATER, DONE }

    public static final Duration SOON = Duration.ofMinutes(15);

    public AgendaItem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dueAt, "dueAt");
        who = who == null ? "" : who;
        what = what == null ? "" : what;
    }

    public Timing timing(Instant now, ZoneId zone) {
        if (!open) {
            return Timing.DONE;
        }
        if (dueAt.isBefore(now)) {
            return Timing.OVERDUE;
        }
        if (dueAt.isBefore(now.plus(SOON))) {
            return Timing.DUE_SOON;
        }
        return dueAt.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate()) ? Timing.LATER_TODAY : Timing.LATER;
    }

    /** The colour of the line: overdue red, due soon amber (the theme's urgency keys). */
    public Urgency urgency(Instant now, ZoneId zone) {
        return switch (timing(now, zone)) {
            case OVERDUE -> Urgency.DUE;
            case DUE_SOON -> Urgency.SOON;
            case DONE -> Urgency.DONE;
            default -> Urgency.CALM;
        };
    }

    @Override
    public String toString() {
        return "AgendaItem[" + source + " " + sourceId + ", due=" + dueAt + ", open=" + open + "]";
    }
}

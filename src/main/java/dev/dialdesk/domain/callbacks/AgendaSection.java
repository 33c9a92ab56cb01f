package dev.dialdesk.domain.callbacks;

import dev.dialdesk.domain.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The sections of the agenda, in screen order, and which one a callback belongs to. */
public enum AgendaSection {
    /** Past due and not called (pending within the grace period, or missed). Red. */
    OVERDUE(Urgency.DUE),
    /** Due within {@link #SOON}. Amber. */
    DUE_SOON(Urgency.SOON),
    /** Later today. */
    LATER_TODAY(Urgency.CALM),
    /** The next days. */
    NEXT_DAYS(null),
    /** Done and cancelled callbacks (missed ones stay overdue until called, moved or cancelled). Grey. */
    HISTORY(Urgency.DONE);

    public static final Duration SOON = Duration.ofMinutes(15);

    private final Urgency urgency;

    AgendaSection(Urgency urgency) {
        this.urgency = urgency;
    }

    /** The colour scale of the section (theme keys shared with the QA countdowns); null: plain. */
    public Urgency urgency() {
        return urgency;
    }

    /** The section of a callback at {@code now}, days counted in {@code zone} (the centre's). */
    public static AgendaSection of(Callback callback, Instant now, ZoneId zone) {
        if (!callback.status().isOpen()) {
            return HISTORY;
        }
        if (callback.status() == CallbackStatus.MISSED || callback.dueAt().isBefore(now)) {
            return OVERDUE;
        }
        if (callback.dueAt().isBefore(now.plus(SOON))) {
            return DUE_SOON;
        }
        return callback.dueAt().atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate())
                ? LATER_TODAY : NEXT_DAYS;
    }
}

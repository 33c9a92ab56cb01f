package dev.dialdesk.service;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.ConflictException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A stale edit refused in words: what another desk changed first, when (in the centre's zone: the
 * time alone today, else the date too) and by which agent, from the facts a store's
 * {@link ConflictException} carries (the row as it is now, {@code changedAt}, {@code changedBy}). A
 * conflict without those facts keeps the store's own words. Nothing here writes: the caller's change
 * was not saved, and the screen shows the row as it is now (reload) or keeps the agent's text (notes).
 */
public final class StaleEdits {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private StaleEdits() {
    }

    /** "This callback was completed at 10:02 by agent A07 …" (completed, cancelled, snoozed, rescheduled, missed). */
    public static ConflictException callback(ConflictException e, ZoneId zone, Instant now) {
        Optional<Callback> current = e.current(Callback.class);
        if (current.isEmpty() || e.changedAt().isEmpty() || e.changedBy().isEmpty()) {
            return e;
        }
        Callback c = current.get();
        Message change;
        if (c.status() != CallbackStatus.PENDING) {
            change = new Message("callbacks.change." + c.status().name());
        } else if (c.snoozedUntil() != null) {
            change = new Message("callbacks.change.snoozed", when(c.snoozedUntil(), zone, now));
        } else {
            change = new Message("callbacks.change.rescheduled", when(c.dueAt(), zone, now));
        }
        return e.withUserMessage(new Message("error.conflict.callback.by", change, when(e.changedAt().get(), zone, now),
                e.changedBy().get()));
    }

    /** "This contract was changed at 10:02 by agent A07 and is now: re-recording required …". */
    public static ConflictException contract(ConflictException e, ZoneId zone, Instant now) {
        Optional<Contract> current = e.current(Contract.class);
        if (current.isEmpty() || e.changedAt().isEmpty() || e.changedBy().isEmpty()) {
            return e;
        }
        return e.withUserMessage(new Message("error.conflict.contract.by", new Message(current.get().state().labelKey()),
                when(e.changedAt().get(), zone, now), e.changedBy().get()));
    }

    /** "The notes on this lead were changed at 10:02 by agent A07 …", or "This lead was reassigned at … by TL01 …". */
    public static ConflictException leadNotes(ConflictException e, ZoneId zone, Instant now) {
        if (e.changedAt().isEmpty() || e.changedBy().isEmpty()) {
            return e;
        }
        String at = when(e.changedAt().get(), zone, now);
        return e.withUserMessage(e.current(Lead.class).isPresent()
                ? new Message("error.conflict.lead.notes.by", at, e.changedBy().get())
                : new Message("error.conflict.lead.moved", at, e.changedBy().get()));
    }

    /**
     * "Not undone: the customer was changed at 10:02 by agent A1024 …": Ctrl+Z refused because the lead moved
     * on since the call (another call, the do-not-call list, another desk). Other refusals keep their words.
     */
    public static ConflictException outcomeUndo(ConflictException e, ZoneId zone, Instant now) {
        if (!"calls.undo.leadChanged".equals(e.userMessage().key()) || e.changedAt().isEmpty() || e.changedBy().isEmpty()) {
            return e;
        }
        return e.withUserMessage(new Message("calls.undo.leadChanged.by", when(e.changedAt().get(), zone, now),
                e.changedBy().get()));
    }

    /** The time alone on the day of {@code now}, else the date and time, in {@code zone}. */
    static String when(Instant at, ZoneId zone, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        return local.toLocalDate().equals(now.atZone(zone).toLocalDate()) ? TIME.format(local) : DAY_AND_TIME.format(local);
    }
}

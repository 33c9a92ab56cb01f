package dev.dialdesk.domain.callbacks;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * A booked callback (예약 콜).
 *
 * @param id            database id, 0 before it is saved
 * @param agentId       the owner: the agent who booked it and will call
 * @param windowEnd     end of the customer's window ("between 10:00 and 11:00"), may be null
 * @param note          the agent's note, never null (may hold a customer's words: not in toString)
 * @param customerAsked the customer chose this time: calling hours do not apply (audited)
 * @param contractId    the contract of a re-recording callback (issue 5), may be null
 * @param cancelReason  why it was cancelled, null unless cancelled
 * @param completedBy   id of the call attempt that completed it, null unless done
 * @param outcome       that call's disposition code, null unless done
 * @param snoozedUntil  no reminder before this instant, may be null
 * @param missedAt      when it was marked missed; stays set after a late call or a reschedule
 * @param version       the row version it was read at (1 for a new row): an update is refused when the
 *                      row has moved on since ({@code dev.dialdesk.storage.ConflictException})
 */
public record Callback(
        long id,
        long leadId,
        AgentId agentId,
        Instant dueAt,
        Instant windowEnd,
        String note,
        boolean customerAsked,
        CallbackKind kind,
        Long contractId,
        CallbackStatus status,
        String cancelReason,
        Long completedBy,
        String outcome,
        Instant snoozedUntil,
        Instant missedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** The cancel reason of a callback cancelled because the outcome that booked it was undone. */
    public static final String UNDONE = "UNDONE";


    public Callback {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        if (windowEnd != null && !windowEnd.isAfter(dueAt)) {
            throw new IllegalArgumentException("the customer's window must end after the callback's time");
        }
    }

    /** A new pending callback, not yet saved. */
    public static Callback book(BookingRequest request, Instant now) {
        return new Callback(0, request.leadId(), request.agent(), request.dueAt().toInstant(),
                request.windowEnd() == null ? null : request.windowEnd().toInstant(), request.note(),
                request.customerAsked(), request.kind(), request.contractId(), CallbackStatus.PENDING, null, null, null,
                null, null, now, now, 1);
    }

    /** Moved to {@code due} (pending again, reminder not snoozed); a missed mark stays for the stats. */
    public Callback rescheduled(Instant due, Instant newWindowEnd, Instant now) {
        return new Callback(id, leadId, agentId, due, newWindowEnd, note, customerAsked, kind, contractId,
                CallbackStatus.PENDING, null, null, null, null, missedAt, createdAt, now, version);
    }

    /** Kept by the call {@code attemptId} with its outcome. */
    public Callback done(long attemptId, String callOutcome, Instant now) {
        return new Callback(id, leadId, agentId, dueAt, windowEnd, note, customerAsked, kind, contractId,
                CallbackStatus.DONE, null, attemptId, callOutcome, snoozedUntil, missedAt, createdAt, now, version);
    }

    public Callback cancelled(String reason, Instant now) {
        return new Callback(id, leadId, agentId, dueAt, windowEnd, note, customerAsked, kind, contractId,
                CallbackStatus.CANCELLED, reason, null, null, snoozedUntil, missedAt, createdAt, now, version);
    }

    public Callback snoozed(Instant until, Instant now) {
        return new Callback(id, leadId, agentId, dueAt, windowEnd, note, customerAsked, kind, contractId, status,
                cancelReason, completedBy, outcome, until, missedAt, createdAt, now, version);
    }

    /** As saved with {@code newVersion} (the store's answer to an update). */
    public Callback withVersion(long newVersion) {
        return new Callback(id, leadId, agentId, dueAt, windowEnd, note, customerAsked, kind, contractId, status,
                cancelReason, completedBy, outcome, snoozedUntil, missedAt, createdAt, updatedAt, newVersion);
    }

    public boolean isReRecording() {
        return kind == CallbackKind.RE_RECORDING;
    }

    /** Without the note, which may hold a customer's words. */
    @Override
    public String toString() {
        return "Callback[id=" + id + ", lead=" + leadId + ", agent=" + agentId + ", due=" + dueAt + ", kind=" + kind
                + ", status=" + status + ", version=" + version + "]";
    }
}

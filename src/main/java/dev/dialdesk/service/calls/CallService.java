package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.CallingDecision;
import dev.dialdesk.domain.calls.TimeOrderedIds;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.LeadCallState;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.storage.CallAudit;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.OutcomeUndoStore;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.QueueStore.QueuedRow;
import dev.dialdesk.storage.StorageException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one gate every dial goes through (queue, lead table, search, detail panel, command line) and
 * the recording of outcomes. A do-not-call number is never dialled; another agent's lead or a time
 * outside calling hours only with an appointment (audited); every refusal is audited. The agent's last
 * outcome can be undone ({@link #undoLast}) until the agent dials again.
 */
public final class CallService {

    private static final Logger LOG = LoggerFactory.getLogger(CallService.class);
    private static final int HISTORY = 200;

    private final QueueStore leads;
    private final DoNotCallStore doNotCall;
    private final CallAudit audit;
    private final CallLog log;
    private final DispositionStore dispositions;
    private final CallingPolicyService policies;
    private final Appointments appointments;
    private final Dialers dialers;
    private final Clock clock;
    private final OutcomeUndoStore undo;
    private final List<Consumer<CallLog.Recorded>> recordedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<UndoneOutcome>> undoneListeners = new CopyOnWriteArrayList<>();
    /** Per agent, the outcome {@link #undoLast} would take back; gone once the agent dials again. */
    private final Map<AgentId, LastOutcome> lastOutcomes = new ConcurrentHashMap<>();

    public CallService(QueueStore leads, DoNotCallStore doNotCall, CallAudit audit, CallLog log,
                       DispositionStore dispositions, CallingPolicyService policies, Appointments appointments,
                       Dialers dialers, Clock clock, OutcomeUndoStore undo) {
        this.undo = undo;
        this.leads = leads;
        this.doNotCall = doNotCall;
        this.audit = audit;
        this.log = log;
        this.dispositions = dispositions;
        this.policies = policies;
        this.appointments = appointments;
        this.dialers = dialers;
        this.clock = clock;
    }

    /**
     * Dials a lead: checks do-not-call, ownership and calling hours, then places the number.
     *
     * @throws DialBlockedException when the gate refuses (audited)
     */
    public ActiveCall startCall(AgentId agent, long leadId) {
        QueuedRow row = ask(() -> leads.find(leadId), leadId).orElseThrow(() -> new UserFacingException(
                new Message("calls.error.noSuchLead", leadId), "No lead with id " + leadId));
        return dial(agent, row.lead().phone(), Optional.of(row));
    }

    /**
     * Dials a number typed or searched: a lead's number is handled as that lead; any other number is
     * checked against the do-not-call list and the calling hours of the centre's zone.
     */
    public ActiveCall startCall(AgentId agent, PhoneNumber number) {
        return dial(agent, number, ask(() -> leads.findByPhone(number), 0));
    }

    /** A look-up before a dial; when the database cannot answer, the dial is refused (fail closed). */
    private static <T> T ask(java.util.function.Supplier<T> lookUp, long leadId) {
        try {
            return lookUp.get();
        } catch (StorageException e) {
            throw unchecked(leadId, e);
        }
    }

    private static DialBlockedException unchecked(long leadId, StorageException cause) {
        LOG.warn("Dial of lead {} refused: the do-not-call list could not be asked: {}", leadId, cause.getMessage());
        return new DialBlockedException(DialBlockedException.Reason.DO_NOT_CALL_UNCHECKED,
                new Message("calls.blocked.doNotCallUnchecked"),
                "Dial refused for lead " + leadId + ": the do-not-call list could not be asked", cause);
    }

    private ActiveCall dial(AgentId agent, PhoneNumber number, Optional<QueuedRow> row) {
        Instant now = clock.instant();
        long leadId = row.map(r -> r.lead().id()).orElse(0L);
        boolean listed = listedNow(agent, number, row, leadId, now);
        if (listed || row.map(r -> r.state().status() == LeadStatus.DO_NOT_CALL).orElse(false)) {
            throw block(agent, number, leadId, now, DialBlockedException.Reason.DO_NOT_CALL,
                    new Message("calls.blocked.doNotCall"));
        }
        Optional<Appointments.Appointment> appointment = row.isEmpty() ? Optional.empty()
                : appointments.find(agent, leadId, now);
        if (row.isPresent() && !row.get().lead().agentId().equals(agent)) {
            if (appointment.isEmpty()) {
                throw block(agent, number, leadId, now, DialBlockedException.Reason.OTHER_AGENT,
                        new Message("calls.blocked.otherAgent", row.get().lead().agentId().value()));
            }
            allowedByAppointment(agent, number, leadId, now, "OTHER_AGENT");
        }
        java.time.ZoneId zone = row.map(r -> r.state().zoneOr(policies.centreZone())).orElse(policies.centreZone());
        CallingDecision hours = policies.policy().evaluate(now, zone);
        Message warning = hours.isWarning() ? hours.reason() : null;
        if (!hours.isAllowed()) {
            if (appointment.isEmpty() || !appointment.get().customerAsked()) {
                throw block(agent, number, leadId, now, DialBlockedException.Reason.OUTSIDE_HOURS, hours.reason());
            }
            allowedByAppointment(agent, number, leadId, now,
                    policies.policy().outsideLegalWindow(now, zone) ? "OUTSIDE_LEGAL_WINDOW" : "OUTSIDE_HOURS");
            warning = new Message("calls.warn.appointmentOutsideHours");
        }
        Optional<Dialer> dialer = dialers.current();
        String extension = row.map(r -> dev.dialdesk.domain.LeadPhones.extension(r.lead().extra())).orElse("");
        lastOutcomes.remove(agent); // a new call: the last outcome stands from now on
        dialer.ifPresent(d -> d.place(number, extension));
        LOG.info("Dialled lead {} ({}) by {}", leadId, number.masked(), dialer.map(Dialer::method).orElse(null));
        return new ActiveCall(TimeOrderedIds.next(now), leadId, agent, number, dialer.map(Dialer::method).orElse(null),
                warning, now, null);
    }

    /**
     * Asks the do-not-call list right before the dial (on the team server: the centre's list, with
     * every desk's requests). When it cannot be asked (the server is out of reach, a timeout) the dial
     * is refused: a number is never dialled unchecked (fail closed).
     */
    private boolean listedNow(AgentId agent, PhoneNumber number, Optional<QueuedRow> row, long leadId, Instant now) {
        try {
            return row.isEmpty() ? doNotCall.contains(number)
                    : doNotCall.findFor(number, row.get().lead().product()).isPresent();
        } catch (StorageException e) {
            try {
                audit.append(new AuditEvent(now, agent, leadId, number.masked(), AuditEvent.Type.DIAL_BLOCKED,
                        DialBlockedException.Reason.DO_NOT_CALL_UNCHECKED.name()));
            } catch (StorageException auditFailed) {
                e.addSuppressed(auditFailed); // the audit is on the same server; the refusal stands
            }
            throw unchecked(leadId, e);
        }
    }

    /**
     * Dials an internal contact of a follow-up case (production, materials, delivery): not a customer
     * dial, so no calling-hours gate and nothing in the call log or the customer numbers. A number that
     * is a lead's or on the do-not-call list is refused: customers go through {@link #startCall}.
     */
    public void placeInternal(AgentId agent, PhoneNumber number) {
        if (doNotCall.contains(number) || leads.findByPhone(number).isPresent()) {
            throw block(agent, number, 0, clock.instant(), DialBlockedException.Reason.DO_NOT_CALL,
                    new Message("cases.error.notInternal"));
        }
        Optional<Dialer> dialer = dialers.current();
        dialer.ifPresent(d -> d.place(number));
        LOG.info("Dialled internal contact {} by {}", number.masked(), dialer.map(Dialer::method).orElse(null));
    }

    private DialBlockedException block(AgentId agent, PhoneNumber number, long leadId, Instant now,
                                       DialBlockedException.Reason reason, Message message) {
        audit.append(new AuditEvent(now, agent, leadId, number.masked(), AuditEvent.Type.DIAL_BLOCKED, reason.name()));
        LOG.info("Dial of lead {} ({}) blocked: {}", leadId, number.masked(), reason);
        return new DialBlockedException(reason, message, "Dial blocked (" + reason + ") for lead " + leadId);
    }

    private void allowedByAppointment(AgentId agent, PhoneNumber number, long leadId, Instant now, String reason) {
        audit.append(new AuditEvent(now, agent, leadId, number.masked(), AuditEvent.Type.DIAL_ALLOWED_BY_APPOINTMENT,
                reason));
    }

    /** Stops the call timer. */
    public ActiveCall hangUp(ActiveCall call) {
        return call.endedAt(clock.instant());
    }

    /**
     * Records the outcome of a call (hanging it up if it still runs) with the lead's new state, in one
     * transaction. Saving the same call twice is harmless.
     */
    public CallLog.Recorded record(ActiveCall call, String dispositionCode, String note) {
        if (call.leadId() == 0) {
            throw new UserFacingException(new Message("calls.error.notALead"), "Cannot record a call to a non-lead number");
        }
        Disposition disposition = dispositions.find(dispositionCode).orElseThrow(() -> new UserFacingException(
                new Message("calls.error.unknownDisposition", dispositionCode), "Unknown disposition " + dispositionCode));
        ActiveCall ended = hangUp(call);
        CallAttempt attempt = new CallAttempt(0, ended.clientId(), ended.leadId(), ended.agent(), ended.startedAt(),
                ended.endedAt(), disposition.code(), note);
        Optional<QueuedRow> before = stateBefore(ended.leadId());
        CallLog.Recorded recorded = log.record(attempt, disposition);
        LOG.info("Recorded call {} on lead {}: {}{}", attempt.clientId(), attempt.leadId(), disposition.code(),
                recorded.duplicate() ? " (already saved)" : recorded.waiting() ? " (in the outbox)" : "");
        if (recorded.waiting()) {
            lastOutcomes.remove(ended.agent()); // no undo of an outcome the server does not have yet
            return recorded; // the listeners run once the server has it (outcomeSent)
        }
        rememberForUndo(before, disposition, recorded);
        recordedListeners.forEach(listener -> listener.accept(recorded));
        return recorded;
    }

    /** The lead's state before the save, for the undo; none when the team server cannot be asked. */
    private Optional<QueuedRow> stateBefore(long leadId) {
        try {
            return leads.find(leadId);
        } catch (dev.dialdesk.storage.ServerUnreachableException away) {
            return Optional.empty();
        }
    }

    /**
     * An outcome kept in the desk's outbox reached the team server: the listeners run now (the lead's
     * due callback is kept, a return call is done), as after a save on the spot.
     */
    public void outcomeSent(CallLog.Recorded recorded) {
        recordedListeners.forEach(listener -> listener.accept(recorded));
    }

    /**
     * Keeps what an undo needs, when the state read before the save is the one the save started from
     * (nothing else changed the lead in between); otherwise there is nothing to undo.
     */
    private void rememberForUndo(Optional<QueuedRow> before, Disposition disposition, CallLog.Recorded recorded) {
        CallAttempt saved = recorded.attempt();
        if (recorded.duplicate()) {
            return;
        }
        if (before.isPresent() && disposition.apply(before.get().state(), saved.endedAt()).equals(recorded.leadState())) {
            lastOutcomes.put(saved.agentId(), new LastOutcome(saved, before.get(), recorded.leadState()));
        } else {
            lastOutcomes.remove(saved.agentId());
        }
    }

    /** The outcome {@link #undoLast} would take back now, if any (the menu item says which). */
    public Optional<CallAttempt> lastOutcome(AgentId agent) {
        return Optional.ofNullable(lastOutcomes.get(agent)).map(LastOutcome::attempt);
    }

    /**
     * Takes back the agent's last outcome, until the agent dials again: the attempt leaves the call log
     * (and today's numbers), the lead's status, attempts, last outcome and retry time are as before
     * the call, a callback booked after it is cancelled, one it kept is open again, and a number it put
     * on the do-not-call list (only such a number) leaves the list, as does the stop for the lead's product
     * recorded with the call (F9); the undo is in the call audit.
     *
     * @throws UserFacingException when there is nothing to undo
     * @throws dev.dialdesk.storage.ConflictException when the lead changed meanwhile or a contract was
     *         saved on the call: nothing was undone (and the outcome can no longer be undone)
     */
    public UndoneOutcome undoLast(AgentId agent) {
        LastOutcome last = lastOutcomes.get(agent);
        if (last == null) {
            throw new UserFacingException(new Message("calls.undo.nothing"), "Nothing to undo for " + agent);
        }
        OutcomeUndoStore.Undone changes;
        try {
            changes = undo.undo(last.attempt(), last.before().state(), last.after(), clock.instant());
        } catch (dev.dialdesk.storage.ConflictException conflict) {
            lastOutcomes.remove(agent, last);
            throw dev.dialdesk.service.StaleEdits.outcomeUndo(conflict, policies.centreZone(), clock.instant());
        }
        lastOutcomes.remove(agent, last);
        LOG.info("Undid call {} on lead {} ({}): {} number(s) off the do-not-call list, {} callback(s) cancelled, "
                        + "{} reopened", last.attempt().clientId(), last.attempt().leadId(), last.attempt().disposition(),
                changes.numbersOffTheList(), changes.callbacksCancelled(), changes.callbacksReopened());
        UndoneOutcome undone = new UndoneOutcome(last.attempt(), last.before().lead().name(),
                last.before().lead().phone(), changes.numbersOffTheList(), changes.callbacksCancelled(),
                changes.callbacksReopened(), changes.productStopsTakenBack() > 0);
        undoneListeners.forEach(listener -> listener.accept(undone));
        return undone;
    }

    /** Hook: runs after every undo (the lead list, the agenda and the numbers read again). */
    public void addUndoneListener(Consumer<UndoneOutcome> listener) {
        undoneListeners.add(listener);
    }

    private record LastOutcome(CallAttempt attempt, QueuedRow before, LeadCallState after) {
    }

    /**
     * Hook: runs after every recorded attempt, also after a duplicate save (so a listener that failed
     * once gets another go); the callback scheduler keeps the lead's due callback this way.
     */
    public void addRecordedListener(Consumer<CallLog.Recorded> listener) {
        recordedListeners.add(listener);
    }

    /** The lead's calls, newest first. */
    public List<CallAttempt> history(long leadId) {
        return log.history(leadId, HISTORY);
    }

    /** The dispositions in screen order (position 1–9 is the number key). */
    public List<Disposition> dispositions() {
        return dispositions.all();
    }

    /** Adds or replaces the dispositions edited on the settings screen. */
    public void saveDispositions(List<Disposition> edited) {
        edited.forEach(dispositions::save);
    }
}

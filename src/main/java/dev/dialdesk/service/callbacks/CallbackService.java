package dev.dialdesk.service.callbacks;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.BookingCheck;
import dev.dialdesk.domain.callbacks.BookingException;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.BookingRules;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackAuditEvent;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.callbacks.CallbackTiming;
import dev.dialdesk.domain.callbacks.Reschedule;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.CallingPolicyService;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.service.StaleEdits;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.QueueStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books, moves, snoozes, cancels and completes callbacks; marks them missed after the grace period.
 * The rules are {@link BookingRules}; the times {@link CallbackTiming} from the settings. Not on the
 * event thread.
 */
public final class CallbackService {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackService.class);
    /** How often a recorded call reads a callback again that changed under it before giving up. */
    private static final int MAX_TRIES = 5;
    private static final Duration CLASH_SPAN = Duration.ofMinutes(BookingRules.CLASH_MINUTES);

    private final CallbackStore store;
    private final QueueStore leads;
    private final CallingPolicyService policies;
    private final ReRecordingDeadlines deadlines;
    private final Settings settings;
    private final Clock clock;

    public CallbackService(CallbackStore store, QueueStore leads, CallingPolicyService policies,
                           ReRecordingDeadlines deadlines, Settings settings, Clock clock) {
        this.store = store;
        this.leads = leads;
        this.policies = policies;
        this.deadlines = deadlines;
        this.settings = settings;
        this.clock = clock;
    }

    /** The centre's zone: quick picks and days are computed in it. */
    public ZoneId zone() {
        return policies.centreZone();
    }

    public ZonedDateTime now() {
        return clock.instant().atZone(zone());
    }

    /** The clock callbacks are booked by, in the centre's zone: what "today" is on a booking's calendar. */
    public Clock clock() {
        return clock.withZone(zone());
    }

    public CallbackTiming timing() {
        return CallbackSettingKeys.timing(settings);
    }

    /** What the rules say about {@code request} now, without booking. */
    public BookingCheck check(BookingRequest request) {
        return check(request, 0);
    }

    private BookingCheck check(BookingRequest request, long excludeId) {
        ZoneId customerZone = leads.find(request.leadId())
                .map(row -> row.state().zoneOr(policies.centreZone()))
                .orElseThrow(() -> new UserFacingException(new Message("callbacks.error.noSuchLead", request.leadId()),
                        "No lead with id " + request.leadId()));
        Instant at = request.dueAt().toInstant();
        List<Instant> nearby = nearby(request, at).stream()
                .map(CallbackEntry::callback)
                .filter(c -> c.id() != excludeId)
                .map(Callback::dueAt)
                .toList();
        Optional<ZonedDateTime> deadline = request.kind() == dev.dialdesk.domain.callbacks.CallbackKind.RE_RECORDING
                ? deadlines.deadlineFor(request.leadId(), request.contractId()) : Optional.empty();
        return new BookingRules(policies.policy()).check(request, clock.instant(), customerZone, nearby, deadline);
    }

    /**
     * The agent's bookings near {@code at}, for the clash warning; none while the team server is away
     * (the booking is kept in the desk's outbox and sent when it answers).
     */
    private List<CallbackEntry> nearby(BookingRequest request, Instant at) {
        try {
            return store.byStatus(request.agent(), CallbackStatus.PENDING, at.minus(CLASH_SPAN),
                    at.plus(CLASH_SPAN).plusMillis(1), 20);
        } catch (dev.dialdesk.storage.ServerUnreachableException away) {
            return List.of();
        }
    }

    /**
     * Books {@code request}: refused when a rule refuses it; when there are warnings, booked only if
     * {@code confirmed}. Exceptions (customer-asked outside hours, after the QA deadline) are audited.
     */
    public BookingResult book(BookingRequest request, boolean confirmed) {
        BookingCheck check = check(request);
        if (check.isRefused()) {
            return new BookingResult(BookingResult.Outcome.REFUSED, check, Optional.empty());
        }
        if (check.needsConfirmation() && !confirmed) {
            return new BookingResult(BookingResult.Outcome.NEEDS_CONFIRMATION, check, Optional.empty());
        }
        Instant now = clock.instant();
        List<CallbackAuditEvent> audit = check.exceptions().stream()
                .map(e -> new CallbackAuditEvent(now, request.agent(), request.leadId(), 0, e, detail(request, e)))
                .toList();
        Callback saved = store.insert(Callback.book(request, now), audit);
        LOG.info("Booked callback {} for lead {} at {}{}", saved.id(), saved.leadId(), saved.dueAt(),
                check.exceptions().isEmpty() ? "" : " (exceptions " + check.exceptions() + ")");
        return new BookingResult(BookingResult.Outcome.BOOKED, check, Optional.of(saved));
    }

    private static String detail(BookingRequest request, BookingException exception) {
        return exception + " at " + request.dueAt().toOffsetDateTime();
    }

    /** Moves a callback by one of the one-move steps (+15 min, +1 h, tomorrow same time). */
    public BookingResult reschedule(long callbackId, Reschedule step, boolean confirmed) {
        Callback callback = require(callbackId);
        ZonedDateTime due = step.from(callback.dueAt().atZone(zone()), now());
        return reschedule(callbackId, due, null, confirmed);
    }

    /**
     * Moves a callback to {@code due} (checked like a booking, the customer-asked flag kept). An open
     * callback moves; a done or cancelled one books its follow-up ("no answer at 10:00: try at 11:00").
     */
    public BookingResult reschedule(long callbackId, ZonedDateTime due, ZonedDateTime windowEnd, boolean confirmed) {
        Callback callback = require(callbackId);
        BookingRequest request = new BookingRequest(callback.leadId(), callback.agentId(), due, windowEnd,
                callback.note(), callback.customerAsked(), callback.kind(), callback.contractId());
        if (!callback.status().isOpen()) {
            return book(request, confirmed);
        }
        BookingCheck check = check(request, callbackId);
        if (check.isRefused() || check.needsConfirmation() && !confirmed) {
            return new BookingResult(check.isRefused() ? BookingResult.Outcome.REFUSED
                    : BookingResult.Outcome.NEEDS_CONFIRMATION, check, Optional.empty());
        }
        Callback moved = update(callback.rescheduled(due.toInstant(),
                windowEnd == null ? null : windowEnd.toInstant(), clock.instant()));
        LOG.info("Rescheduled callback {} from {} to {}", callbackId, callback.dueAt(), moved.dueAt());
        return new BookingResult(BookingResult.Outcome.BOOKED, check, Optional.of(moved));
    }

    /**
     * Quiets the reminder of a callback for the snooze length.
     *
     * @throws ConflictException when the callback changed meanwhile (a call kept it): nothing is snoozed
     */
    public Callback snooze(long callbackId) {
        Callback callback = require(callbackId);
        Instant now = clock.instant();
        return update(callback.snoozed(now.plus(timing().snooze()), now));
    }

    /** Saves an agent's change; one that lost to another desk's is refused saying what changed, when and by whom. */
    private Callback update(Callback changed) {
        try {
            return store.update(changed);
        } catch (ConflictException lost) {
            throw StaleEdits.callback(lost, zone(), clock.instant());
        }
    }

    /**
     * Quiets the reminders of {@code callbackIds} (the reminder's Snooze button). One that a call kept
     * (or a cancel closed) meanwhile needs no reminder any more and is left as it is; one changed in
     * another way is read again and snoozed.
     */
    public List<Callback> snoozeReminders(List<Long> callbackIds) {
        List<Callback> snoozed = new ArrayList<>();
        for (long id : callbackIds) {
            try {
                snoozed.add(snooze(id));
            } catch (ConflictException changed) {
                Optional<Callback> now = changed.current(Callback.class);
                if (now.isPresent() && now.get().status().isOpen()) {
                    snoozed.add(snooze(id));
                } else {
                    LOG.info("Callback {} closed meanwhile; its reminder needs no snooze", id);
                }
            }
        }
        return snoozed;
    }

    /** Cancels an open callback; the reason is required. */
    public Callback cancel(long callbackId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException(new Message("callbacks.error.reasonRequired"), "Cancel without a reason");
        }
        Callback callback = require(callbackId);
        if (!callback.status().isOpen()) {
            throw new UserFacingException(new Message("callbacks.error.notOpen"), "Callback " + callbackId + " is closed");
        }
        Callback cancelled = update(callback.cancelled(reason.strip(), clock.instant()));
        LOG.info("Cancelled callback {} of lead {}", callbackId, callback.leadId());
        return cancelled;
    }

    /**
     * A call to a lead was logged: its open callbacks due by the end of the call (minus the early
     * allowance) are done, with that call's outcome. Harmless to repeat (a duplicate save). A callback
     * changed meanwhile (snoozed, moved) is read again: the call is a fact and still keeps it if due.
     */
    public List<Callback> callRecorded(CallLog.Recorded recorded) {
        CallAttempt attempt = recorded.attempt();
        CallbackTiming timing = timing();
        List<Callback> done = new ArrayList<>();
        for (Callback open : store.openForLead(attempt.leadId())) {
            keep(open, attempt, timing).ifPresent(done::add);
        }
        done.forEach(c -> LOG.info("Callback {} kept by call {} ({})", c.id(), attempt.id(), attempt.disposition()));
        return done;
    }

    private Optional<Callback> keep(Callback open, CallAttempt attempt, CallbackTiming timing) {
        Callback callback = open;
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            if (!callback.status().isOpen() || !timing.completes(callback, attempt.endedAt())) {
                return Optional.empty();
            }
            try {
                return Optional.of(store.update(callback.done(attempt.id(), attempt.disposition(), clock.instant())));
            } catch (ConflictException lost) {
                Optional<Callback> now = lost.current(Callback.class);
                if (now.isEmpty()) {
                    return Optional.empty();
                }
                callback = now.get();
            }
        }
        throw new IllegalStateException("Callback " + open.id() + " kept changing while call " + attempt.id()
                + " was being recorded");
    }

    /** Marks the agent's callbacks missed whose grace period is over; returns how many. */
    public int markMissed(AgentId agent) {
        Instant now = clock.instant();
        int missed = store.markMissed(agent, timing().missedBefore(now), now);
        if (missed > 0) {
            LOG.info("{} callback(s) of {} missed (not called within the grace period)", missed, agent);
        }
        return missed;
    }

    public Optional<Callback> find(long callbackId) {
        return store.find(callbackId);
    }

    private Callback require(long callbackId) {
        return store.find(callbackId).orElseThrow(() -> new UserFacingException(
                new Message("callbacks.error.noSuchCallback", callbackId), "No callback with id " + callbackId));
    }
}

package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.calls.CallingDecision;
import dev.dialdesk.domain.calls.CallingPolicy;
import dev.dialdesk.domain.calls.QueueSkipReason;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.QueueStore.Cursor;
import dev.dialdesk.storage.QueueStore.QueuedRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Next lead": due callbacks first (re-recordings before all others), then return calls (missed calls
 * of the agent's leads, oldest first), then leads whose retry time has come (earliest first), then new
 * leads of the oldest batch first. Never offers a do-not-call number,
 * a final lead, a lead waiting out its retry delay or past its attempt cap, another agent's lead, or a
 * lead outside calling hours in its own zone; {@link #explain} says why a lead is not offered. On the
 * team server the retries and new leads (the agent's own, then the shared pool's) are claimed through
 * {@link LeadLeases} instead, so that no lead is on two screens; a claimed lead the hours or rules do
 * not allow now is given back.
 */
public final class WorkQueue {

    private static final int PAGE = 64;
    private static final int HISTORY = 50;
    /** Claims tried per "next" before giving up (each refused one is held until the search ends). */
    private static final int CLAIM_TRIES = 32;

    private final QueueStore store;
    private final DoNotCallStore doNotCall;
    private final CallLog log;
    private final CallingPolicyService policies;
    private final DueCallbacks callbacks;
    private final ReturnCalls returnCalls;
    private final Clock clock;
    private final QueueRules rules;
    private final LeadLeases leases;

    public WorkQueue(QueueStore store, DoNotCallStore doNotCall, CallLog log, CallingPolicyService policies,
                     DueCallbacks callbacks, Clock clock) {
        this(store, doNotCall, log, policies, callbacks, ReturnCalls.NONE, clock, QueueRules.NONE);
    }

    /**
     * With the return calls (missed calls, before new leads) and the floor's rules (consent, leads
     * avoiding calls, the answered-hour preference).
     */
    public WorkQueue(QueueStore store, DoNotCallStore doNotCall, CallLog log, CallingPolicyService policies,
                     DueCallbacks callbacks, ReturnCalls returnCalls, Clock clock, QueueRules rules) {
        this(store, doNotCall, log, policies, callbacks, returnCalls, clock, rules, LeadLeases.none());
    }

    /** On the team server: the retries and new leads are claimed through {@code leases}. */
    public WorkQueue(QueueStore store, DoNotCallStore doNotCall, CallLog log, CallingPolicyService policies,
                     DueCallbacks callbacks, ReturnCalls returnCalls, Clock clock, QueueRules rules,
                     LeadLeases leases) {
        this.leases = leases;
        this.rules = rules;
        this.store = store;
        this.doNotCall = doNotCall;
        this.log = log;
        this.policies = policies;
        this.callbacks = callbacks;
        this.returnCalls = returnCalls;
        this.clock = clock;
    }

    /** The next lead the agent should call now, or empty when there is none. Not on the event thread. */
    public Optional<QueuedLead> next(AgentId agent) {
        Instant now = clock.instant();
        Hours hours = new Hours(policies.policy(), policies.centreZone(), now);
        Optional<QueuedLead> callback = nextCallback(agent, now, hours);
        if (callback.isPresent()) {
            return callback;
        }
        Optional<QueuedLead> returnCall = nextReturnCall(agent, hours);
        if (returnCall.isPresent()) {
            return returnCall;
        }
        Optional<QueuedLead> preferred = preferred(agent, now, hours);
        if (preferred.isPresent()) {
            return preferred;
        }
        if (leases.active()) {
            return claimed(hours);
        }
        boolean centreClosed = !hours.decide(null).isAllowed();
        Optional<QueuedLead> retry = scan(QueuedLead.Tier.RETRY, hours,
                after -> store.dueRetries(agent, now, centreClosed, after, PAGE),
                row -> new Cursor(row.state().nextEligibleAt().toEpochMilli(), row.lead().id()));
        if (retry.isPresent()) {
            return retry;
        }
        return scan(QueuedLead.Tier.NEW, hours,
                after -> store.newLeads(agent, centreClosed, after, PAGE),
                row -> new Cursor(row.lead().batchId(), row.lead().id()));
    }

    private Optional<QueuedLead> nextCallback(AgentId agent, Instant now, Hours hours) {
        List<DueCallbacks.DueCallback> due = callbacks.due(agent, now).stream()
                .sorted(Comparator.comparing((DueCallbacks.DueCallback c) -> !c.reRecording())
                        .thenComparing(DueCallbacks.DueCallback::dueAt))
                .toList();
        for (DueCallbacks.DueCallback callback : due) {
            Optional<QueuedRow> row = store.find(callback.leadId());
            if (row.isEmpty() || isDoNotCall(row.get())) {
                continue;
            }
            CallingDecision decision = hours.decide(row.get().state().zone());
            if (decision.isAllowed() || callback.customerAsked()) {
                return Optional.of(queued(row.get(), QueuedLead.Tier.CALLBACK, callback, decision, null));
            }
        }
        return Optional.empty();
    }

    /** The oldest missed call of one of the agent's leads that may be called now. */
    private Optional<QueuedLead> nextReturnCall(AgentId agent, Hours hours) {
        for (long leadId : returnCalls.leadIds(agent)) {
            Optional<QueuedRow> row = store.find(leadId);
            if (row.isPresent() && !isDoNotCall(row.get()) && row.get().lead().agentId().equals(agent)
                    && !row.get().state().status().isFinal()) {
                CallingDecision decision = hours.decide(row.get().state().zone());
                if (decision.isAllowed()) {
                    return Optional.of(queued(row.get(), QueuedLead.Tier.RETURN_CALL, null, decision, null));
                }
            }
        }
        return Optional.empty();
    }

    /** The leads the rules prefer at this hour, when they are due and pass every check. */
    private Optional<QueuedLead> preferred(AgentId agent, Instant now, Hours hours) {
        for (long leadId : rules.preferred(agent, now)) {
            Optional<QueuedRow> row = store.find(leadId);
            Instant due = row.map(r -> r.state().nextEligibleAt()).orElse(null);
            if (due != null && !due.isAfter(now) && row.get().lead().agentId().equals(agent)
                    && explain(agent, row.get(), hours).isEmpty()) {
                return Optional.of(queued(row.get(), QueuedLead.Tier.RETRY, null, hours.decide(row.get().state().zone()),
                        null));
            }
        }
        return Optional.empty();
    }

    /**
     * The first lead the server hands this desk that may be called now. Leads refused here (outside
     * their calling hours, held back by a rule, listed since) stay claimed until the search ends, so
     * that the server offers the next one, and are then given back.
     */
    private Optional<QueuedLead> claimed(Hours hours) {
        java.util.List<Long> refused = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < CLAIM_TRIES; i++) {
                Optional<Long> claimed = leases.claimNext();
                if (claimed.isEmpty()) {
                    return Optional.empty();
                }
                Optional<QueuedRow> row = store.find(claimed.get());
                if (row.isPresent() && !isDoNotCall(row.get()) && !row.get().state().status().isFinal()) {
                    CallingDecision decision = hours.decide(row.get().state().zone());
                    if (decision.isAllowed() && rules.holdBack(row.get(), hours.now).isEmpty()) {
                        QueuedLead.Tier tier = row.get().state().status() == LeadStatus.NEW
                                ? QueuedLead.Tier.NEW : QueuedLead.Tier.RETRY;
                        return Optional.of(queued(row.get(), tier, null, decision, null));
                    }
                }
                refused.add(claimed.get());
            }
            return Optional.empty();
        } finally {
            refused.forEach(leases::release);
        }
    }

    /** The lead left the screen (an outcome, a skip, another lead opened): a claim on it is given back. */
    public void letGo(long leadId) {
        leases.release(leadId);
    }

    /** The lead's outcome was saved; on the team server that gave its claim back in the same transaction. */
    public void outcomeRecorded(long leadId) {
        leases.outcomeRecorded(leadId);
    }

    private Optional<QueuedLead> scan(QueuedLead.Tier tier, Hours hours,
                                      java.util.function.Function<Cursor, List<QueuedRow>> page,
                                      java.util.function.Function<QueuedRow, Cursor> cursorOf) {
        Cursor after = null;
        while (true) {
            List<QueuedRow> rows = page.apply(after);
            for (QueuedRow row : rows) {
                CallingDecision decision = hours.decide(row.state().zone());
                if (decision.isAllowed() && rules.holdBack(row, hours.now).isEmpty()) {
                    return Optional.of(queued(row, tier, null, decision, null));
                }
            }
            if (rows.size() < PAGE) {
                return Optional.empty();
            }
            after = cursorOf.apply(rows.get(rows.size() - 1));
        }
    }

    /**
     * A lead opened from the table, search or detail panel, with why the queue would not offer it now
     * (dialling it still goes through {@link CallService#startCall}).
     */
    public Optional<QueuedLead> open(AgentId agent, long leadId) {
        Instant now = clock.instant();
        Hours hours = new Hours(policies.policy(), policies.centreZone(), now);
        return store.find(leadId).map(row -> queued(row, QueuedLead.Tier.OPENED, null,
                hours.decide(row.state().zone()), explain(agent, row, hours).orElse(null)));
    }

    /** Why the queue does not offer this lead to {@code agent} now; empty when it would (in its turn). */
    public Optional<QueueSkipReason> explain(AgentId agent, long leadId) {
        Hours hours = new Hours(policies.policy(), policies.centreZone(), clock.instant());
        return store.find(leadId).flatMap(row -> explain(agent, row, hours));
    }

    private Optional<QueueSkipReason> explain(AgentId agent, QueuedRow row, Hours hours) {
        if (isDoNotCall(row)) {
            return skip(QueueSkipReason.Kind.DO_NOT_CALL, "calls.skip.doNotCall");
        }
        if (!row.lead().agentId().equals(agent)) {
            return skip(QueueSkipReason.Kind.OTHER_AGENT, "calls.skip.otherAgent", row.lead().agentId().value());
        }
        LeadStatus status = row.state().status();
        if (status.isFinal()) {
            return skip(QueueSkipReason.Kind.FINAL, "calls.skip.final." + status.name());
        }
        if (status == LeadStatus.CALLBACK && row.state().nextEligibleAt() == null) {
            return skip(QueueSkipReason.Kind.CALLBACK_BOOKED, "calls.skip.callbackBooked");
        }
        if (status != LeadStatus.NEW && row.state().nextEligibleAt() == null) {
            return skip(QueueSkipReason.Kind.ATTEMPT_CAP, "calls.skip.attemptCap", row.state().attemptCount());
        }
        ZoneId zone = row.state().zoneOr(hours.centre);
        Instant retryAt = row.state().nextEligibleAt();
        if (retryAt != null && retryAt.isAfter(hours.now)) {
            return skip(QueueSkipReason.Kind.RETRY_WAIT, "calls.skip.retryWait",
                    CallingPolicy.describe(retryAt.atZone(zone), hours.now.atZone(zone).toLocalDate()));
        }
        CallingDecision decision = hours.decide(row.state().zone());
        if (!decision.isAllowed()) {
            Object opens = decision.nextOpening() == null ? "-"
                    : CallingPolicy.describe(decision.nextOpening(), hours.now.atZone(zone).toLocalDate());
            return skip(QueueSkipReason.Kind.OUTSIDE_HOURS, "calls.skip.outsideHours", opens);
        }
        return rules.holdBack(row, hours.now);
    }

    private boolean isDoNotCall(QueuedRow row) {
        return row.state().status() == LeadStatus.DO_NOT_CALL
                || doNotCall.findFor(row.lead().phone(), row.lead().product()).isPresent();
    }

    private QueuedLead queued(QueuedRow row, QueuedLead.Tier tier, DueCallbacks.DueCallback callback,
                              CallingDecision decision, QueueSkipReason skip) {
        return new QueuedLead(row.lead(), row.state(), tier, callback, decision, skip,
                log.history(row.lead().id(), HISTORY));
    }

    private static Optional<QueueSkipReason> skip(QueueSkipReason.Kind kind, String key, Object... args) {
        return Optional.of(new QueueSkipReason(kind, new Message(key, args)));
    }

    /** The policy's answers at one instant, per zone, computed once per zone per call. */
    private static final class Hours {
        private final CallingPolicy policy;
        private final ZoneId centre;
        private final Instant now;
        private final Map<ZoneId, CallingDecision> byZone = new HashMap<>();

        Hours(CallingPolicy policy, ZoneId centre, Instant now) {
            this.policy = policy;
            this.centre = centre;
            this.now = now;
        }

        /** The decision for a lead's zone; null means the centre's. */
        CallingDecision decide(ZoneId zone) {
            return byZone.computeIfAbsent(zone == null ? centre : zone, z -> policy.evaluate(now, z));
        }
    }
}

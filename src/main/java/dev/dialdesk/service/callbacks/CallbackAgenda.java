package dev.dialdesk.service.callbacks;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.Agenda;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.callbacks.CallbackTiming;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The read side of the scheduler: the agenda, the reminder check, the status bar's next callback and
 * the navigation count. Each list is one indexed range scan. Not on the event thread.
 */
public final class CallbackAgenda {

    /** How many days ahead the agenda's "next days" section reaches. */
    public static final int DAYS_AHEAD = 14;
    /** How many days back the history reaches. */
    public static final int HISTORY_DAYS = 7;
    private static final int LIMIT = 500;
    private static final dev.dialdesk.storage.UnscheduledCallbackStore NO_UNSCHEDULED =
            new dev.dialdesk.storage.UnscheduledCallbackStore() {
                @Override
                public List<dev.dialdesk.domain.callbacks.UnscheduledCallback> forAgent(AgentId agent, int limit) {
                    return List.of();
                }

                @Override
                public boolean awaitsTime(long leadId) {
                    return false;
                }
            };

    private final dev.dialdesk.storage.CallbackStore store;
    private final CallbackService service;
    private final Supplier<ZoneId> zone;
    private final Clock clock;
    private final dev.dialdesk.storage.UnscheduledCallbackStore unscheduled;

    public CallbackAgenda(dev.dialdesk.storage.CallbackStore store, CallbackService service, Clock clock) {
        this(store, NO_UNSCHEDULED, service, clock);
    }

    /** With the callbacks without a time (issue 14): shown first, until a time is booked. */
    public CallbackAgenda(dev.dialdesk.storage.CallbackStore store, dev.dialdesk.storage.UnscheduledCallbackStore unscheduled,
                          CallbackService service, Clock clock) {
        this.unscheduled = unscheduled;
        this.store = store;
        this.service = service;
        this.zone = service::zone;
        this.clock = clock;
    }

    /** The agent's agenda now (after marking missed what the grace period has ended). */
    public Agenda agenda(AgentId agent) {
        service.markMissed(agent);
        Instant now = clock.instant();
        ZoneId centre = zone.get();
        LocalDate today = now.atZone(centre).toLocalDate();
        Instant horizon = today.plusDays(DAYS_AHEAD + 1L).atStartOfDay(centre).toInstant();
        List<CallbackEntry> entries = new ArrayList<>(store.byStatus(agent, CallbackStatus.MISSED, Instant.EPOCH, now, LIMIT));
        entries.addAll(store.byStatus(agent, CallbackStatus.PENDING, Instant.EPOCH, horizon, LIMIT));
        entries.addAll(store.history(agent, today.minusDays(HISTORY_DAYS).atStartOfDay(centre).toInstant(),
                horizon, LIMIT));
        return Agenda.of(entries, now, centre).withoutTime(unscheduled.forAgent(agent, LIMIT));
    }

    /** True when the lead's callback has no time (the booking after 예약콜 was cancelled): ask for one. */
    public boolean awaitsTime(long leadId) {
        return unscheduled.awaitsTime(leadId);
    }

    /**
     * The reminder timer's tick: one indexed query for the callbacks to remind (pending, due by
     * now + lead time, not snoozed), the next callback and the count. Marks missed callbacks (a write)
     * only when that query shows one past its grace period.
     */
    public ReminderCheck check(AgentId agent) {
        CallbackTiming timing = service.timing();
        Instant now = clock.instant();
        List<CallbackEntry> due = store.byStatus(agent, CallbackStatus.PENDING, Instant.EPOCH,
                now.plus(timing.reminderLead()).plusMillis(1), LIMIT);
        if (!due.isEmpty() && timing.isMissed(due.get(0).callback(), now)) {
            service.markMissed(agent);
            due = store.byStatus(agent, CallbackStatus.PENDING, Instant.EPOCH,
                    now.plus(timing.reminderLead()).plusMillis(1), LIMIT);
        }
        List<CallbackEntry> remind = due.stream().filter(e -> timing.shouldRemind(e.callback(), now)).toList();
        var next = due.isEmpty() ? store.first(agent, CallbackStatus.PENDING, now) : java.util.Optional.of(due.get(0));
        Instant endOfToday = now.atZone(zone.get()).toLocalDate().plusDays(1).atStartOfDay(zone.get()).toInstant();
        int open = store.count(agent, CallbackStatus.PENDING, endOfToday)
                + store.count(agent, CallbackStatus.MISSED, now.plus(Duration.ofDays(1)));
        return new ReminderCheck(now, remind, next, open);
    }

    /** Every callback of the agent due on {@code day} (in the centre's zone), earliest first. */
    public List<CallbackEntry> day(AgentId agent, LocalDate day) {
        service.markMissed(agent);
        ZoneId centre = zone.get();
        return store.between(agent, day.atStartOfDay(centre).toInstant(), day.plusDays(1).atStartOfDay(centre).toInstant());
    }

    public ZoneId zone() {
        return zone.get();
    }
}

package dev.dialdesk.service.callbacks;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.callbacks.CallbackTiming;
import dev.dialdesk.service.calls.Appointments;
import dev.dialdesk.service.calls.DueCallbacks;
import dev.dialdesk.storage.CallbackStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The scheduler seen from the call loop: the due callbacks the work queue offers first, and the
 * appointments that let the agent call outside hours (customer asked) or another agent's lead.
 * Needs only the store, so that it can be built before the call loop's services.
 */
public final class CallbackQueueHooks implements DueCallbacks, Appointments {

    /** An appointment holds from this long before its time. */
    public static final Duration APPOINTMENT_EARLY = Duration.ofMinutes(15);
    private static final int LIMIT = 200;

    private final CallbackStore store;
    private final Supplier<CallbackTiming> timing;

    public CallbackQueueHooks(CallbackStore store, Supplier<CallbackTiming> timing) {
        this.store = store;
        this.timing = timing;
    }

    @Override
    public List<DueCallback> due(AgentId agent, Instant now) {
        List<CallbackEntry> entries = new ArrayList<>(store.byStatus(agent, CallbackStatus.PENDING, Instant.EPOCH,
                now.plusMillis(1), LIMIT));
        entries.addAll(store.byStatus(agent, CallbackStatus.MISSED, Instant.EPOCH, now.plusMillis(1), LIMIT));
        return entries.stream()
                .map(CallbackEntry::callback)
                .map(c -> new DueCallback(c.leadId(), c.dueAt(), c.isReRecording(), c.customerAsked()))
                .toList();
    }

    /**
     * The agent's open callback with the lead whose time is now: from {@link #APPOINTMENT_EARLY} before
     * it until the grace period after its time (or after the end of the customer's window).
     */
    @Override
    public Optional<Appointment> find(AgentId agent, long leadId, Instant now) {
        Duration grace = timing.get().grace();
        return store.openForLead(leadId).stream()
                .filter(c -> c.agentId().equals(agent))
                .filter(c -> !now.isBefore(c.dueAt().minus(APPOINTMENT_EARLY)) && !now.isAfter(end(c).plus(grace)))
                .findFirst()
                .map(c -> new Appointment(leadId, agent, c.dueAt(), c.customerAsked()));
    }

    private static Instant end(Callback callback) {
        return callback.windowEnd() != null ? callback.windowEnd() : callback.dueAt();
    }
}

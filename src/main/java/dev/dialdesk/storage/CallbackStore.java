package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackAuditEvent;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The booked callbacks. Every list is one range scan on an index of {@code (agent, status, due)} or
 * {@code (agent, due)}; entries carry the lead's name for the screen.
 */
public interface CallbackStore {

    /** Saves a new callback (its id is ignored) with, in the same transaction, its audit events. */
    Callback insert(Callback callback, List<CallbackAuditEvent> audit);

    /**
     * Saves a booking sent from a desk's outbox once, by the client id the desk gave it: when a callback
     * of {@code clientId} exists (a send that broke off after the commit), that one is returned and
     * nothing is written. Team server only.
     */
    default Callback insertOnce(java.util.UUID clientId, Callback callback, List<CallbackAuditEvent> audit) {
        throw new UnsupportedOperationException("Client ids of callbacks are kept on the team server only");
    }

    Optional<Callback> find(long id);

    /**
     * Writes every mutable column of an existing callback, if the row is still at
     * {@code callback.version()}; returns it at its new version.
     *
     * @throws dev.dialdesk.storage.ConflictException when the row was changed (or removed) meanwhile:
     *                                                nothing was written
     */
    Callback update(Callback callback);

    /** The agent's callbacks of {@code status} due in [from, to), earliest first. */
    List<CallbackEntry> byStatus(AgentId agent, CallbackStatus status, Instant from, Instant to, int limit);

    /** The agent's first callback of {@code status} due at or after {@code from}. */
    Optional<CallbackEntry> first(AgentId agent, CallbackStatus status, Instant from);

    /** The agent's done and cancelled callbacks (missed ones stay in the overdue list) due in [from, to), newest first. */
    List<CallbackEntry> history(AgentId agent, Instant from, Instant to, int limit);

    /** Every callback of the agent due in [from, to), whatever its status, earliest first. */
    List<CallbackEntry> between(AgentId agent, Instant from, Instant to);

    /** The lead's open (pending or missed) callbacks, of any agent, earliest first. */
    List<Callback> openForLead(long leadId);

    /** Marks the agent's pending callbacks due before {@code dueBefore} missed; returns how many. */
    int markMissed(AgentId agent, Instant dueBefore, Instant now);

    /** The number of the agent's callbacks of {@code status} due before {@code before}. */
    int count(AgentId agent, CallbackStatus status, Instant before);

    /** Booking exceptions at or after {@code since}, oldest first. */
    List<CallbackAuditEvent> auditSince(Instant since);
}

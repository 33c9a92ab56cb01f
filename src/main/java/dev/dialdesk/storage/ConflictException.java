package dev.dialdesk.storage;

import dev.dialdesk.domain.i18n.Message;
import java.time.Instant;
import java.util.Optional;

/**
 * A conditional update lost a race: the row was changed (or removed) by someone else after the caller
 * read it, so nothing was written. Carries what was being changed and, where known, the row as it is
 * now and who changed it when, so that the screen can say so in words and show the current state.
 *
 * <p>The convention every store follows: a mutable row has a {@code version} column, each update is
 * {@code ... WHERE id = ? AND version = ?} and adds one; zero rows updated throws this.
 */
public class ConflictException extends StorageException {

    private final String table;
    private final Object id;
    private final String change;
    private final transient Object current;
    private final String changedBy;
    private final Instant changedAt;

    /**
     * @param userMessage what to tell the person (the row's kind and its current state)
     * @param table       the table (for logs)
     * @param id          the row's key
     * @param change      what the caller tried to change (for logs: field names or the move)
     * @param current     the row as it is now, or null when it is gone
     * @param changedBy   who made the winning change, or null when not known
     * @param changedAt   when the winning change was made, or null when not known
     */
    public ConflictException(Message userMessage, String table, Object id, String change, Object current,
                             String changedBy, Instant changedAt) {
        super(userMessage, "Conflict on " + table + " " + id + " (" + change + "): changed meanwhile"
                + (changedAt == null ? "" : " at " + changedAt) + (changedBy == null ? "" : " by " + changedBy), null);
        this.table = table;
        this.id = id;
        this.change = change;
        this.current = current;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** A conflict whose store says only what changed underneath, in {@code detail} (for the log: no names, no full numbers). */
    public ConflictException(Message userMessage, String detail) {
        this(userMessage, "row", "?", detail, null, null, null);
    }

    /** The same conflict (the same facts) told in other words, e.g. with the time in the centre's zone. */
    public ConflictException withUserMessage(Message message) {
        return new ConflictException(message, table, id, change, current, changedBy, changedAt);
    }

    public String table() {
        return table;
    }

    public Object id() {
        return id;
    }

    public String change() {
        return change;
    }

    /** The row as it is now (a domain record of the table's kind), empty when it is gone. */
    public <T> Optional<T> current(Class<T> type) {
        return type.isInstance(current) ? Optional.of(type.cast(current)) : Optional.empty();
    }

    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}

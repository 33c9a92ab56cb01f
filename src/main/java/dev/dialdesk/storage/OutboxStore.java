package dev.dialdesk.storage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A desk's outbox on the team server: what the agent saved while the server could not be reached,
 * one entry per action, in the order it was saved, kept in a small file of the desk's own until the
 * server has it. An entry the server refused stays (with the reason in words) for the agent to see.
 */
public interface OutboxStore extends AutoCloseable {

    /** Waiting to be sent, or refused by the server (kept, never dropped). A sent entry is removed. */
    enum State { WAITING, REFUSED }

    /**
     * One saved action: {@code seq} orders the entries; {@code clientId} goes to the server with it, so
     * that sending it twice makes one row; {@code payload} is flat JSON ({@code FlatJson}).
     */
    record Entry(long seq, UUID clientId, String kind, String payload, Instant createdAt, State state,
                 String refusal) {
    }

    /** Keeps a new action, waiting; returns it with its sequence number (the earlier entry for a client id kept before). */
    Entry add(UUID clientId, String kind, String payload, Instant createdAt);

    /** The oldest waiting entries, in order. */
    List<Entry> waiting(int limit);

    int countWaiting();

    /** The entries the server refused, oldest first. */
    List<Entry> refused();

    /** The server has it: the entry leaves the outbox. */
    void sent(long seq);

    /** The server has them all: the entries leave the outbox in one transaction of the file. */
    void sent(List<Long> seqs);

    /** The server refused it: kept, with {@code reason} (in the agent's words) for the list of what was not sent. */
    void refused(long seq, String reason);

    /** The entry of {@code seq}, in whatever state (a contract points at the outcome it came from). */
    java.util.Optional<Entry> find(long seq);

    @Override
    void close();
}

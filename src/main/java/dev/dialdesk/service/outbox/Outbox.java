package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.ContractStore;
import dev.dialdesk.storage.LeadClaims;
import dev.dialdesk.storage.LeadStore;
import dev.dialdesk.storage.OutboxStore;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.ServerUnreachableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A desk's outbox on the team server: the one place where outcomes, notes, callback bookings,
 * contract entries and claims given back wait while the server cannot be reached. The stores the
 * services use are wrapped here ({@link #callLog}, {@link #leads}, {@link #callbacks},
 * {@link #contracts}, {@link #claims}, {@link #queue}); each write goes to the server directly while
 * it answers and nothing waits, else into the journal, in order. A timer sends what waits, oldest
 * first, each with its client id (a second send makes no second row); what the server refuses stays
 * in the journal with the reason, for the agent to see. On a desk's own file there is no outbox
 * ({@link #none()}: the stores are used as they are).
 */
public final class Outbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** Entries sent in one transaction of the server. */
    private static final int BATCH = 100;

    /** What an entry is. */
    public enum Kind { OUTCOME, NOTE, CALLBACK, CONTRACT, RELEASE }

    /**
     * An entry the server refused: what, on which lead (the customer's name as the desk knew it, else
     * "#" and the lead's id), saved when, and why (in the agent's language).
     */
    public record Refused(Kind kind, long leadId, String customer, String detail, Instant savedAt, String reason) {
    }

    /** What a write did: {@code sent} by the server, or {@code kept} in the journal (then sent is null). */
    record Result<T>(T sent, OutboxStore.Entry kept) {
    }

    private final OutboxStore journal;
    private final OutboxReplay replay;
    private final Clock clock;
    private final Messages messages;
    private final Object sending = new Object();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** The outcomes kept this session, by the placeholder id their attempt carries (minus the entry's seq). */
    private final Map<Long, UUID> keptOutcomes = new ConcurrentHashMap<>();
    private final LastKnownLeads lastKnown = new LastKnownLeads();
    private volatile boolean reachable = true;
    private ScheduledExecutorService timer;

    private Outbox(OutboxStore journal, OutboxReplay replay, Clock clock, Messages messages) {
        this.journal = journal;
        this.replay = replay;
        this.clock = clock;
        this.messages = messages;
    }

    /** The outbox of a desk on the team server: {@code journal} (outbox.db) and the server's own stores. */
    public static Outbox onServer(OutboxStore journal, OutboxReplay.Server server, Clock clock, Messages messages) {
        return new Outbox(journal, new OutboxReplay(server), clock, messages);
    }

    /** No outbox (a desk's own file): every wrap returns the store itself. */
    public static Outbox none() {
        return new Outbox(null, null, Clock.systemUTC(), null);
    }

    /** True on the team server. */
    public boolean active() {
        return journal != null;
    }

    // ---- the wrapped stores ----

    public CallLog callLog(CallLog store) {
        return active() ? new OutboxCallLog(store, this) : store;
    }

    public LeadStore leads(LeadStore store) {
        return active() ? new OutboxLeadStore(store, this) : store;
    }

    public CallbackStore callbacks(CallbackStore store) {
        return active() ? new OutboxCallbackStore(store, this) : store;
    }

    public ContractStore contracts(ContractStore store) {
        return active() ? new OutboxContractStore(store, this) : store;
    }

    public LeadClaims claims(LeadClaims claims) {
        return active() ? new OutboxLeadClaims(claims, this) : claims;
    }

    /** The lead a desk read last is answered from memory while the server is away (the outcome needs its state). */
    public QueueStore queue(QueueStore store) {
        return active() ? new OutboxQueueStore(store, this) : store;
    }

    /** The dispositions read last are answered while the server is away (the outcome needs its rule). */
    public dev.dialdesk.storage.DispositionStore dispositions(dev.dialdesk.storage.DispositionStore store) {
        return active() ? new OutboxDispositions(store) : store;
    }

    /** The holidays read last are answered while the server is away (a QA deadline in business days). */
    public dev.dialdesk.storage.HolidayStore holidays(dev.dialdesk.storage.HolidayStore store) {
        return active() ? new OutboxHolidayStore(store) : store;
    }

    /** The journal itself (tests put entries in as a desk would have). */
    OutboxStore journal() {
        return journal;
    }

    LastKnownLeads lastKnown() {
        return lastKnown;
    }

    // ---- sending ----

    /**
     * Does {@code direct} on the server when it answers and nothing waits before it; else (or when the
     * server turns out to be away) keeps the action in the journal.
     */
    <T> Result<T> send(Kind kind, UUID clientId, Map<String, String> payload, Supplier<T> direct) {
        OutboxStore.Entry kept;
        synchronized (sending) {
            if (reachable && journal.countWaiting() == 0) {
                try {
                    return new Result<>(direct.get(), null);
                } catch (RuntimeException e) {
                    if (!ServerUnreachableException.isCause(e)) {
                        throw e;
                    }
                    wentAway(e);
                }
            }
            kept = journal.add(clientId, kind.name(), FlatJson.encode(withCustomer(payload)), clock.instant());
            if (kind == Kind.OUTCOME) {
                keptOutcomes.put(-kept.seq(), clientId);
            }
        }
        LOG.info("Kept {} {} in the outbox (the team server cannot be reached)", kind, kept.seq());
        changed();
        return new Result<>(null, kept);
    }

    /** The customer's name as the desk read it, so that a refusal names them (the server may hide the lead then). */
    private Map<String, String> withCustomer(Map<String, String> payload) {
        Optional<String> name = lastKnown.find(OutboxPayloads.lead(payload)).map(row -> row.lead().name());
        if (name.isEmpty() || name.get().isBlank()) {
            return payload;
        }
        Map<String, String> named = new java.util.LinkedHashMap<>(payload);
        named.put("customer", name.get());
        return named;
    }

    /** Claims and dials need the server: while it is known to be away they fail at once. */
    void requireReachable() {
        if (!reachable) {
            throw new ServerUnreachableException(new Message("outbox.serverAway"),
                    "The team server is away; claims wait until it answers", null);
        }
    }

    /** The outcome a placeholder attempt id (negative: kept this session) stands for. */
    Optional<UUID> keptOutcome(long placeholderId) {
        return Optional.ofNullable(keptOutcomes.get(placeholderId));
    }

    /**
     * The desk learned that the server is away (its link, a failed read): writes go into the outbox at
     * once, without waiting for the server first; the next send finds out whether it is back.
     */
    public void serverAway() {
        if (active()) {
            reachable = false;
        }
    }

    /** The server's id of a call attempt sent from the outbox before (by its client id). */
    Optional<Long> serverAttemptId(UUID clientId) {
        return replay.attemptId(clientId);
    }

    void wentAway(RuntimeException e) {
        if (reachable) {
            LOG.warn("The team server cannot be reached; saving into the outbox: {}", e.getMessage());
        }
        reachable = false;
    }

    /**
     * Sends what waits, oldest first, until nothing waits or the server is away again; an entry the
     * server refuses is kept as refused (with the reason) and the next one is sent.
     *
     * @return how many entries the server took
     */
    public int sendWaiting() {
        if (!active()) {
            return 0;
        }
        int sent = 0;
        synchronized (sending) {
            List<OutboxStore.Entry> batch = journal.waiting(BATCH);
            while (!batch.isEmpty()) {
                int done = sendChunk(batch);
                sent += done;
                if (done < batch.size()) {
                    changedIf(sent > 0);
                    return sent;
                }
                batch = journal.waiting(BATCH);
            }
            reachable = true;
        }
        changedIf(sent > 0);
        if (sent > 0) {
            LOG.info("Sent {} kept action(s) from the outbox to the team server", sent);
        }
        return sent;
    }

    /**
     * Sends a chunk in one server transaction; when the server refuses one of them, the chunk is sent
     * again one by one (so that only that one is kept as refused). Returns how many left the waiting
     * list (fewer than the chunk when the server went away).
     */
    private int sendChunk(List<OutboxStore.Entry> chunk) {
        try {
            replay.sendAll(chunk);
            // Struck off after the commit: should the desk stop in between, the next send is harmless (client ids).
            journal.sent(chunk.stream().map(OutboxStore.Entry::seq).toList());
            return chunk.size();
        } catch (RuntimeException e) {
            if (ServerUnreachableException.isCause(e)) {
                wentAway(e);
                return 0;
            }
        }
        int done = 0;
        for (OutboxStore.Entry entry : chunk) {
            if (!sendOne(entry)) {
                return done;
            }
            done++;
        }
        return done;
    }

    /** False when the server is away (the entry still waits). */
    private boolean sendOne(OutboxStore.Entry entry) {
        try {
            replay.send(entry);
            journal.sent(entry.seq());
            return true;
        } catch (RuntimeException e) {
            if (ServerUnreachableException.isCause(e)) {
                wentAway(e);
                return false;
            }
            String reason = e instanceof UserFacingException words ? messages.get(words.userMessage())
                    : messages.get(new Message("error.storage.generic"));
            journal.refused(entry.seq(), reason);
            LOG.warn("The team server refused {} {} of the outbox: {}", entry.kind(), entry.seq(), e.getMessage());
            return true;
        }
    }

    /** Sends what waits every {@code every} on a daemon thread of its own, until {@link #close()}. */
    public synchronized void startSending(Duration every) {
        if (!active() || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "dialdesk-outbox");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::sendSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sendSafely() {
        try {
            sendWaiting();
        } catch (RuntimeException e) {
            LOG.warn("Sending the outbox failed; the next round tries again: {}", e.toString());
        }
    }

    // ---- what the status bar shows ----

    /** How many actions wait to be sent ("3 waiting to be sent"). */
    public int waiting() {
        return active() ? journal.countWaiting() : 0;
    }

    /** False while the server is known to be away (since a write or a send failed to reach it). */
    public boolean reachable() {
        return reachable;
    }

    /** What the server refused, oldest first (kept, never dropped). */
    public List<Refused> refused() {
        if (!active()) {
            return List.of();
        }
        return journal.refused().stream().map(Outbox::refusedOf).toList();
    }

    private static Refused refusedOf(OutboxStore.Entry entry) {
        Map<String, String> payload = FlatJson.decode(entry.payload());
        String detail = payload.getOrDefault("disposition", payload.getOrDefault("product", ""));
        return new Refused(Kind.valueOf(entry.kind()), OutboxPayloads.lead(payload), OutboxPayloads.customer(payload),
                detail, entry.createdAt(), entry.refusal());
    }

    /** Runs (on the thread that changed it) whenever the count of waiting or refused entries changes. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Runs after an outcome kept in the outbox reached the server (callbacks it keeps are done then). */
    public void addSentOutcomeListener(java.util.function.Consumer<CallLog.Recorded> listener) {
        if (active()) {
            replay.addSentOutcomeListener(listener);
        }
    }

    private void changedIf(boolean changed) {
        if (changed) {
            changed();
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        if (journal != null) {
            journal.close();
        }
    }
}

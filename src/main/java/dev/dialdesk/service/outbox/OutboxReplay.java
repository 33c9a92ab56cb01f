package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.ContractStore;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.LeadClaims;
import dev.dialdesk.storage.LeadStore;
import dev.dialdesk.storage.OutboxStore;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.ServerUnreachableException;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.Transactions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Sends one outbox entry to the server's own stores, by its client id (a second send makes no second
 * row). Refused (an exception in words) when the lead is no longer the agent's to see (reassigned, or a
 * pool lead whose claim ran out and went to another desk), when a callback's number went on the
 * do-not-call list meanwhile, or when notes were changed by someone else meanwhile.
 */
public final class OutboxReplay {

    /** The server's stores, unwrapped. {@code claims} is null where nothing is claimed. */
    public record Server(Transactions transactions, CallLog callLog, DispositionStore dispositions, QueueStore queue,
                         LeadStore leads, CallbackStore callbacks, ContractStore contracts, DoNotCallStore doNotCall,
                         LeadClaims claims) {
    }

    private final Server server;
    private final List<Consumer<CallLog.Recorded>> sentOutcomeListeners = new CopyOnWriteArrayList<>();

    OutboxReplay(Server server) {
        this.server = server;
    }

    void addSentOutcomeListener(Consumer<CallLog.Recorded> listener) {
        sentOutcomeListeners.add(listener);
    }

    java.util.Optional<Long> attemptId(UUID clientId) {
        return server.callLog().findByClientId(clientId).map(CallAttempt::id);
    }

    /**
     * Sends one entry in one transaction of the server: all of it, or nothing. A refusal on a lead that
     * is no longer the agent's is said in those words (asked again after the failed transaction).
     */
    void send(OutboxStore.Entry entry) {
        try {
            sendAll(List.of(entry));
        } catch (StorageException refused) {
            if (!ServerUnreachableException.isCause(refused)) {
                visibleLead(FlatJson.decode(entry.payload()));
            }
            throw refused;
        }
    }

    /**
     * Sends the entries in order in one transaction of the server (a chunk of what waits: one commit
     * for many outcomes): all of them, or none when one fails.
     */
    void sendAll(List<OutboxStore.Entry> entries) {
        List<CallLog.Recorded> recorded = server.transactions().inOneTransaction(() -> {
            List<CallLog.Recorded> outcomes = new java.util.ArrayList<>();
            for (OutboxStore.Entry entry : entries) {
                CallLog.Recorded outcome = sendInTransaction(entry);
                if (outcome != null) {
                    outcomes.add(outcome);
                }
            }
            return outcomes;
        });
        recorded.forEach(outcome -> sentOutcomeListeners.forEach(listener -> listener.accept(outcome)));
    }

    /** The outcome's save, or null for the other kinds. */
    private CallLog.Recorded sendInTransaction(OutboxStore.Entry entry) {
        Map<String, String> p = FlatJson.decode(entry.payload());
        if (Outbox.Kind.valueOf(entry.kind()) == Outbox.Kind.OUTCOME) {
            return outcome(entry.clientId(), p);
        }
        switch (Outbox.Kind.valueOf(entry.kind())) {
            case OUTCOME -> throw new IllegalStateException("sent above");
            case NOTE -> notes(p);
            case CALLBACK -> callback(entry.clientId(), p);
            case CONTRACT -> contract(entry.clientId(), p);
            case RELEASE -> {
                if (server.claims() != null) {
                    server.claims().release(OutboxPayloads.lead(p));
                }
            }
        }
        return null;
    }

    private CallLog.Recorded outcome(UUID clientId, Map<String, String> p) {
        CallAttempt attempt = OutboxPayloads.outcome(clientId, p);
        Disposition disposition = server.dispositions().find(attempt.disposition()).orElseThrow(() ->
                new UserFacingException(new Message("calls.error.unknownDisposition", attempt.disposition()),
                        "Unknown disposition " + attempt.disposition()));
        return server.callLog().record(attempt, disposition); // refused by the server when out of the agent's sight
    }

    private void notes(Map<String, String> p) {
        long leadId = OutboxPayloads.lead(p);
        String notes = p.get("notes");
        try {
            server.leads().updateNotes(leadId, p.get("before"), notes);
        } catch (ConflictException conflict) {
            // Sent before, and the answer was lost? Then the notes already read as this entry's.
            String now = conflict.current(Lead.class).map(Lead::notes).orElse(null);
            if (!Objects.equals(blankAsNull(now), blankAsNull(notes))) {
                throw conflict;
            }
        }
    }

    private void callback(UUID clientId, Map<String, String> p) {
        QueueStore.QueuedRow row = visibleLead(p);
        if (server.doNotCall().findFor(row.lead().phone(), row.lead().product()).isPresent()) {
            throw new UserFacingException(new Message("outbox.refused.doNotCall", OutboxPayloads.customer(p)),
                    "Lead " + row.lead().id() + " went on the do-not-call list; callback not booked");
        }
        server.callbacks().insertOnce(clientId, OutboxPayloads.callback(p), OutboxPayloads.callbackAudit(p));
    }

    private void contract(UUID clientId, Map<String, String> p) {
        Long attemptId = p.containsKey("attempt") ? Long.valueOf(p.get("attempt"))
                : p.containsKey("attemptClient") ? server.callLog().findByClientId(UUID.fromString(p.get("attemptClient")))
                        .map(CallAttempt::id).orElse(null) : null;
        visibleLead(p);
        server.contracts().insertOnce(clientId, OutboxPayloads.contract(p, attemptId), p.get("actor"),
                OutboxPayloads.instant(p, "at"));
    }

    /** The lead as the agent's login sees it now; refused in words when it is no longer the agent's. */
    private QueueStore.QueuedRow visibleLead(Map<String, String> p) {
        long leadId = OutboxPayloads.lead(p);
        return server.queue().find(leadId).orElseThrow(() -> new UserFacingException(
                new Message("outbox.refused.leadGone", OutboxPayloads.customer(p)),
                "Lead " + leadId + " is no longer this agent's"));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

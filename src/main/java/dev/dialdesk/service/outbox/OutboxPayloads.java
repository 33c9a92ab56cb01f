package dev.dialdesk.service.outbox;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.BookingException;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackAuditEvent;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.contracts.AfterSale;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.QaCase;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.contracts.Sale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an outbox entry holds, as a flat map of texts (kept as {@code FlatJson}): the call attempt of
 * an outcome, a notes edit, a new callback with its audit events, a new contract (as entered: awaiting
 * QA), a claim to give back. Instants are epoch milliseconds; a missing value is no key.
 */
final class OutboxPayloads {

    private OutboxPayloads() {
    }

    static Map<String, String> outcome(CallAttempt a) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lead", Long.toString(a.leadId()));
        p.put("agent", a.agentId().value());
        p.put("started", millis(a.startedAt()));
        p.put("ended", millis(a.endedAt()));
        p.put("disposition", a.disposition());
        p.put("note", a.note());
        return p;
    }

    static CallAttempt outcome(UUID clientId, Map<String, String> p) {
        return new CallAttempt(0, clientId, lead(p), new AgentId(p.get("agent")), instant(p, "started"),
                instant(p, "ended"), p.get("disposition"), p.getOrDefault("note", ""));
    }

    static Map<String, String> notes(long leadId, String before, String notes) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lead", Long.toString(leadId));
        put(p, "before", before);
        put(p, "notes", notes);
        return p;
    }

    static Map<String, String> release(long leadId) {
        return Map.of("lead", Long.toString(leadId));
    }

    static Map<String, String> callback(Callback c, List<CallbackAuditEvent> audit) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("lead", Long.toString(c.leadId()));
        p.put("agent", c.agentId().value());
        p.put("due", millis(c.dueAt()));
        put(p, "windowEnd", c.windowEnd() == null ? null : millis(c.windowEnd()));
        p.put("note", c.note());
        p.put("customerAsked", Boolean.toString(c.customerAsked()));
        p.put("kind", c.kind().name());
        put(p, "contract", c.contractId() == null ? null : c.contractId().toString());
        p.put("created", millis(c.createdAt()));
        for (int i = 0; i < audit.size(); i++) {
            CallbackAuditEvent e = audit.get(i);
            p.put("audit." + i + ".at", millis(e.at()));
            p.put("audit." + i + ".event", e.event().name());
            p.put("audit." + i + ".detail", e.detail());
        }
        return p;
    }

    static Callback callback(Map<String, String> p) {
        Instant created = instant(p, "created");
        return new Callback(0, lead(p), new AgentId(p.get("agent")), instant(p, "due"),
                p.containsKey("windowEnd") ? instant(p, "windowEnd") : null, p.getOrDefault("note", ""),
                Boolean.parseBoolean(p.get("customerAsked")), CallbackKind.valueOf(p.get("kind")),
                p.containsKey("contract") ? Long.valueOf(p.get("contract")) : null, CallbackStatus.PENDING, null, null,
                null, null, null, created, created, 1);
    }

    static List<CallbackAuditEvent> callbackAudit(Map<String, String> p) {
        List<CallbackAuditEvent> audit = new ArrayList<>();
        for (int i = 0; p.containsKey("audit." + i + ".event"); i++) {
            audit.add(new CallbackAuditEvent(instant(p, "audit." + i + ".at"), new AgentId(p.get("agent")), lead(p), 0,
                    BookingException.valueOf(p.get("audit." + i + ".event")), p.get("audit." + i + ".detail")));
        }
        return audit;
    }

    /** True for a contract as {@code ContractService.createFromCall} makes it (the only kind kept). */
    static boolean isNewEntry(Contract c) {
        return c.id() == 0 && c.qa().state() == QaState.AWAITING_QA && c.qa().reason() == null
                && c.afterSale().equals(AfterSale.initial(c.afterSale().customerBirthDate()));
    }

    /** @param attemptClientId the outcome the contract came from (its server id is found when sent), or null */
    static Map<String, String> contract(Contract c, String actor, Instant at, UUID attemptClientId) {
        Map<String, String> p = new LinkedHashMap<>();
        Sale s = c.sale();
        p.put("lead", Long.toString(c.leadId()));
        p.put("agent", c.agentId().value());
        put(p, "attempt", c.attemptId() == null || c.attemptId() <= 0 ? null : c.attemptId().toString());
        put(p, "attemptClient", attemptClientId == null ? null : attemptClientId.toString());
        p.put("product", s.product());
        p.put("premium", Long.toString(s.premiumWon()));
        p.put("contractAt", millis(s.contractAt()));
        p.put("zone", s.zone().getId());
        put(p, "applicationNo", s.applicationNo());
        put(p, "notes", s.notes());
        p.put("byPhone", Boolean.toString(s.soldByPhone()));
        p.put("deadline", millis(c.qa().deadline()));
        put(p, "birthDate", c.afterSale().customerBirthDate() == null ? null : c.afterSale().customerBirthDate().toString());
        p.put("created", millis(c.createdAt()));
        p.put("actor", actor);
        p.put("at", millis(at));
        return p;
    }

    /** The contract of {@code p}, linked to the call attempt {@code attemptId} (null: none known). */
    static Contract contract(Map<String, String> p, Long attemptId) {
        Sale sale = new Sale(p.get("product"), Long.parseLong(p.get("premium")), instant(p, "contractAt"),
                ZoneId.of(p.get("zone")), p.get("applicationNo"), p.get("notes"), Boolean.parseBoolean(p.get("byPhone")));
        Instant created = instant(p, "created");
        return new Contract(0, lead(p), new AgentId(p.get("agent")), attemptId, sale,
                QaCase.awaiting(instant(p, "deadline")),
                AfterSale.initial(p.containsKey("birthDate") ? java.time.LocalDate.parse(p.get("birthDate")) : null),
                created, created, 1);
    }

    /** The customer as the desk knew them when the entry was kept (their name), else the lead's number in the list. */
    static String customer(Map<String, String> p) {
        return p.getOrDefault("customer", "#" + p.get("lead"));
    }

    static long lead(Map<String, String> p) {
        return Long.parseLong(p.get("lead"));
    }

    static Instant instant(Map<String, String> p, String key) {
        return Instant.ofEpochMilli(Long.parseLong(p.get(key)));
    }

    private static String millis(Instant at) {
        return Long.toString(at.toEpochMilli());
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}

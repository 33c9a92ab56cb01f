package dev.dialdesk.domain.cases;

import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.ChainRules;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.text.SectionRecords;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases and return calls as plain JSON values: the command line's {@code --json} and the day report's
 * {@code cases} section share this shape ({@code docs/follow-ups.md}). Times are ISO-8601 in UTC.
 */
public final class CaseRecords {

    private CaseRecords() {
    }

    public static Map<String, Object> of(FollowUpCase c, Instant now) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", c.id());
        r.put("agent", c.agentId().value());
        r.put("lead_id", c.leadId());
        r.put("phone", c.phone().e164());
        r.put("customer_name", c.customerName());
        r.put("title", c.title());
        r.put("problem", c.problem());
        r.put("state", c.state().name());
        r.put("promise", c.promise() == null ? null : c.promise().what());
        r.put("promise_due", c.promise() == null ? null : SectionRecords.time(c.promise().due()));
        r.put("promise_minutes_left", c.promise() == null || !c.state().isOpen() ? null
                : c.promise().remaining(now).toMinutes());
        r.put("created_at", SectionRecords.time(c.createdAt()));
        r.put("closed_at", SectionRecords.time(c.closedAt()));
        r.put("next_step", ChainRules.next(c).map(CaseStep::position).orElse(null));
        r.put("waiting_on", ChainRules.waitingOn(c).map(w -> w.step().position()).orElse(null));
        r.put("waiting_since", ChainRules.waitingOn(c).map(w -> SectionRecords.time(w.since())).orElse(null));
        r.put("steps", c.steps().stream().map(CaseRecords::step).toList());
        return r;
    }

    public static Map<String, Object> step(CaseStep s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("position", s.position());
        r.put("party_kind", s.party().kind().name());
        r.put("party_name", s.party().name());
        r.put("question", s.question());
        r.put("due_at", SectionRecords.time(s.dueAt()));
        r.put("state", s.state().name());
        r.put("asked_at", SectionRecords.time(s.askedAt()));
        r.put("answer", s.answer());
        r.put("answered_at", SectionRecords.time(s.answeredAt()));
        r.put("given_date", s.givenDate() == null ? null : s.givenDate().toString());
        r.put("waits_on", s.waitsOn());
        r.put("delay_minutes", s.delay().toMinutes());
        return r;
    }

    public static Map<String, Object> of(ReturnCall call, Instant now) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("phone", call.phone().e164());
        r.put("count", call.count());
        r.put("first_at", SectionRecords.time(call.firstAt()));
        r.put("last_at", SectionRecords.time(call.lastAt()));
        r.put("age_minutes", call.age(now).toMinutes());
        r.put("name", call.name());
        r.put("match", call.match().kind().name());
        r.put("lead_id", call.match().leadId());
        r.put("contact_id", call.match().contactId());
        r.put("case_id", call.match().caseId());
        return r;
    }

    public static List<Map<String, Object>> cases(List<FollowUpCase> cases, Instant now) {
        return cases.stream().map(c -> of(c, now)).toList();
    }
}

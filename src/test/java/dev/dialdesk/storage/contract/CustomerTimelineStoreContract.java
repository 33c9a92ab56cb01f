package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.timeline.TimelineEntry;
import dev.dialdesk.domain.timeline.TimelineEvent;
import dev.dialdesk.service.leads.CustomerTimeline;
import dev.dialdesk.storage.CustomerTimelineStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link CustomerTimelineStore} contract (one customer's history for the call panel), run on every engine. */
public abstract class CustomerTimelineStoreContract {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final PhoneNumber MOBILE = PhoneNumber.parse("010-3141-5926", "KR").number();

    @TempDir
    Path dir;
    protected StoreEngine engine;
    private CustomerTimelineStore store;
    protected long lead;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        store = engine.customerTimeline();
        lead = engine.lead(StoreEngine.AGENT, MOBILE);
        engine.sqlPastRules("UPDATE lead_batch SET name = '3월 1주 DB', imported_at = " + ms("2026-03-02T09:00")
                + " WHERE id = (SELECT batch_id FROM lead WHERE id = " + lead + ")");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    protected static long ms(String seoul) {
        return LocalDateTime.parse(seoul).atZone(SEOUL).toInstant().toEpochMilli();
    }

    private List<TimelineEntry> newestFirst() {
        return new CustomerTimeline(store).of(lead).entries();
    }

    private void call(String clientId, String seoulStart, String disposition, long talkMs, String note) {
        engine.sqlPastRules("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                + "disposition, contact, sale, note) VALUES ('" + clientId + "', " + lead + ", '"
                + StoreEngine.AGENT.value() + "', " + ms(seoulStart) + ", " + (ms(seoulStart) + talkMs) + ", " + talkMs
                + ", '" + disposition + "', 1, " + ("CONTRACT".equals(disposition) ? 1 : 0) + ", "
                + (note == null ? "NULL" : "'" + note + "'") + ")");
    }

    private long contract(String seoulAt) {
        engine.sqlPastRules("INSERT INTO contract(lead_id, agent_id, product, premium_won, contract_at, zone, qa_deadline_at, "
                + "created_at, updated_at) VALUES (" + lead + ", '" + StoreEngine.AGENT.value() + "', '암보험', 45000, "
                + ms(seoulAt) + ", 'Asia/Seoul', " + ms("2026-03-14T00:00") + ", " + ms(seoulAt) + ", " + ms(seoulAt) + ")");
        return engine.queryLong("SELECT max(id) FROM contract WHERE lead_id = " + lead);
    }

    @Test
    void aFreshLeadShowsOnlyTheBatchItCameIn() {
        List<TimelineEntry> entries = newestFirst();

        assertThat(entries).extracting(TimelineEntry::event).containsExactly(TimelineEvent.IMPORTED);
        assertThat(entries.get(0).batch()).isEqualTo("3월 1주 DB");
        assertThat(entries.get(0).at()).isEqualTo(Instant.ofEpochMilli(ms("2026-03-02T09:00")));
    }

    @Test
    void aLeadThatIsNotThereHasNoTimeline() {
        assertThat(store.eventsOf(lead + 1000)).isEmpty();
    }

    @Test
    void callsCallbacksAndTheContractReadNewestFirstWithOutcomeTalkTimeAndNote() {
        call("c1", "2026-03-09T10:00", "NO_ANSWER", 0, null);
        call("c2", "2026-03-09T14:00", "CALLBACK", 95_000, "토요일 10시만 가능");
        engine.sqlPastRules("INSERT INTO callback(lead_id, agent_id, due_at, note, created_at, updated_at, status, outcome) VALUES ("
                + lead + ", '" + StoreEngine.AGENT.value() + "', " + ms("2026-03-10T10:00") + ", '토요일 10시', "
                + ms("2026-03-09T14:02") + ", " + ms("2026-03-10T10:05") + ", 'DONE', 'CONTRACT')");
        call("c3", "2026-03-10T10:01", "CONTRACT", 300_000, "암보험 청약");
        contract("2026-03-10T10:06");

        List<TimelineEntry> entries = newestFirst();

        assertThat(entries).extracting(TimelineEntry::event).containsExactly(TimelineEvent.CONTRACT_SIGNED,
                TimelineEvent.CALLBACK_KEPT, TimelineEvent.CALL, TimelineEvent.CALLBACK_BOOKED, TimelineEvent.CALL,
                TimelineEvent.CALL, TimelineEvent.IMPORTED);
        TimelineEntry contractCall = entries.get(2);
        assertThat(contractCall.subject()).isEqualTo("CONTRACT");
        assertThat(contractCall.amount()).isEqualTo(300_000);
        assertThat(contractCall.text()).isEqualTo("암보험 청약");
        assertThat(entries.get(0).subject()).isEqualTo("암보험");
        assertThat(entries.get(0).amount()).isEqualTo(45_000);
        assertThat(entries.get(3).due()).isEqualTo(Instant.ofEpochMilli(ms("2026-03-10T10:00")));
        assertThat(entries.get(1).subject()).isEqualTo("CONTRACT");
    }

    @Test
    void aMissedCallbackShowsWhenItWasMissedAndACancelledOneItsReason() {
        engine.sqlPastRules("INSERT INTO callback(lead_id, agent_id, due_at, created_at, updated_at, status, missed_at) VALUES ("
                + lead + ", '" + StoreEngine.AGENT.value() + "', " + ms("2026-03-05T10:00") + ", " + ms("2026-03-04T10:00")
                + ", " + ms("2026-03-05T10:30") + ", 'MISSED', " + ms("2026-03-05T10:30") + ")");
        engine.sqlPastRules("INSERT INTO callback(lead_id, agent_id, due_at, created_at, updated_at, status, cancel_reason) VALUES ("
                + lead + ", '" + StoreEngine.AGENT.value() + "', " + ms("2026-03-07T10:00") + ", " + ms("2026-03-06T10:00")
                + ", " + ms("2026-03-06T11:00") + ", 'CANCELLED', '고객 요청')");

        List<TimelineEntry> entries = newestFirst();

        assertThat(entries).extracting(TimelineEntry::event).containsExactly(TimelineEvent.CALLBACK_CANCELLED,
                TimelineEvent.CALLBACK_BOOKED, TimelineEvent.CALLBACK_MISSED, TimelineEvent.CALLBACK_BOOKED,
                TimelineEvent.IMPORTED);
        assertThat(entries.get(0).text()).isEqualTo("고객 요청");
        assertThat(entries.get(2).at()).isEqualTo(Instant.ofEpochMilli(ms("2026-03-05T10:30")));
    }

    @Test
    void theQaCaseOfAContractShowsRequiredReRecordedAndAWithdrawalEndsIt() {
        long id = contract("2026-03-10T10:06");
        engine.sqlPastRules("UPDATE contract SET qa_state = 'RE_RECORDED', qa_reason = '고지 누락', qa_notice_date = '2026-03-11', "
                + "re_recorded_at = " + ms("2026-03-12T15:00") + ", withdrawal_date = '2026-03-20', "
                + "withdrawal_reason = '변심' WHERE id = " + id);

        CustomerTimeline.Timeline timeline = new CustomerTimeline(store).of(lead);

        assertThat(timeline.entries()).extracting(TimelineEntry::event).containsExactly(TimelineEvent.CONTRACT_WITHDRAWN,
                TimelineEvent.CONTRACT_RE_RECORDED, TimelineEvent.QA_RE_RECORDING_REQUIRED,
                TimelineEvent.CONTRACT_SIGNED, TimelineEvent.IMPORTED);
        assertThat(timeline.entries().get(2).subject()).isEqualTo("고지 누락");
        assertThat(timeline.entries().get(2).due()).isEqualTo(Instant.ofEpochMilli(ms("2026-03-14T00:00")));
        assertThat(timeline.entries().get(0).at()).isEqualTo(Instant.ofEpochMilli(ms("2026-03-20T00:00")));
        assertThat(timeline.openContracts()).isEmpty();
    }

    @Test
    void anOpenContractIsNamedSoThatTheContractKeyCanWarnBeforeASecondOne() {
        long id = contract("2026-03-10T10:06");

        assertThat(new CustomerTimeline(store).of(lead).openContracts()).extracting(CustomerTimeline.OpenContract::id,
                CustomerTimeline.OpenContract::product).containsExactly(org.assertj.core.groups.Tuple.tuple(id, "암보험"));
    }

    @Test
    void everyNotesChangeIsKeptWithItsTimeButASaveOfTheSameTextIsNoChange() {
        engine.saveNotesAsAgent(lead, "남편과 상의 후 결정", Instant.ofEpochMilli(ms("2026-03-09T14:03")));
        engine.saveNotesAsAgent(lead, "남편과 상의 후 결정", Instant.ofEpochMilli(ms("2026-03-09T14:04")));
        engine.saveNotesAsAgent(lead, "토요일 10시 통화 약속", Instant.ofEpochMilli(ms("2026-03-09T15:00")));
        engine.saveNotesAsAgent(lead, null, Instant.ofEpochMilli(ms("2026-03-09T16:00")));

        List<TimelineEntry> entries = newestFirst();

        assertThat(entries).extracting(TimelineEntry::event).containsExactly(TimelineEvent.NOTES_CHANGED,
                TimelineEvent.NOTES_CHANGED, TimelineEvent.NOTES_CHANGED, TimelineEvent.IMPORTED);
        assertThat(entries).extracting(TimelineEntry::text).containsExactly(null, "토요일 10시 통화 약속", "남편과 상의 후 결정", null);
        assertThat(entries.get(1).at()).isEqualTo(Instant.ofEpochMilli(ms("2026-03-09T15:00")));
    }

    @Test
    void aCaseOpenedOnTheNumberBeforeItWasALeadShowsWithItsStepsMatchedByTheNumber() {
        engine.sqlPastRules("INSERT INTO follow_up_case(agent_id, lead_id, phone, title, state, created_at, updated_at) VALUES ('"
                + StoreEngine.AGENT.value() + "', NULL, '" + MOBILE.e164() + "', 'A/S 수리 기간 문의', 'OPEN', "
                + ms("2026-02-20T11:00") + ", " + ms("2026-02-21T09:30") + ")");
        long caseId = engine.queryLong("SELECT max(id) FROM follow_up_case");
        engine.sqlPastRules("INSERT INTO case_step(case_id, position, party_kind, party_name, question, due_at, state, asked_at, "
                + "answer, answered_at) VALUES (" + caseId + ", 1, 'CONTACT', '생산팀', '수리 얼마나 걸려요?', "
                + ms("2026-02-20T13:00") + ", 'ANSWERED', " + ms("2026-02-20T13:05") + ", '3주', "
                + ms("2026-02-21T09:30") + ")");

        List<TimelineEntry> entries = newestFirst();

        assertThat(entries).extracting(TimelineEntry::event).containsExactly(TimelineEvent.IMPORTED,
                TimelineEvent.CASE_STEP_ANSWERED, TimelineEvent.CASE_STEP_ASKED, TimelineEvent.CASE_OPENED);
        assertThat(entries.get(1).subject()).isEqualTo("생산팀");
        assertThat(entries.get(1).text()).isEqualTo("3주");
        assertThat(entries.get(3).subject()).isEqualTo("A/S 수리 기간 문의");
    }
}

package dev.dialdesk.service.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.jdbc.JdbcCallAudit;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 5: the agent takes back the last outcome (a wrong key) until the next dial, on a real
 * database with the real callback scheduler and contracts: the lead is as before, today's numbers
 * and the roll-up follow, a callback booked by 예약콜 is cancelled, a number leaves the do-not-call
 * list only if this 수신거부 put it there, and a lead changed meanwhile is a conflict that changes nothing.
 */
class UndoLastOutcomeTest {

    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.seoul("2025-03-11T10:00");
    private CompositionRoot root;
    private CallSession session;
    private CallService calls;

    @BeforeEach
    void open() {
        root = MainWindowFixture.headlessDesk(folder, clock);
        root.callbacks(); // the scheduler keeps callbacks as calls are recorded, as in the window
        session = root.calls().session(SeededLeads.AGENT);
        calls = root.calls().callService();
    }

    @AfterEach
    void close() {
        root.close();
    }

    @Test
    void undoingANoAnswerPutsTheLeadBackAsNewAndTakesTheDialOffTodaysNumbers() {
        CallAttempt wrong = call("NO_ANSWER");

        UndoneOutcome undone = calls.undoLast(SeededLeads.AGENT);

        assertThat(undone.attempt().id()).isEqualTo(wrong.id());
        assertThat(undone.customerName()).isEqualTo("다람이");
        assertThat(leadColumns(wrong.leadId())).isEqualTo("NEW|0|null|null|null");
        assertThat(count("SELECT count(*) FROM call_attempt")).isZero();
        assertThat(root.calls().shiftStats().today(SeededLeads.AGENT).dials()).isZero();
        assertThat(count("SELECT coalesce(sum(dials), 0) FROM stats_slot")).isZero();
        assertThat(session.next().orElseThrow().leadId()).as("the lead is offered again, first").isEqualTo(wrong.leadId());
    }

    @Test
    void theSecondOutcomeOnALeadGoesBackToTheFirstOnesStateAndRetryTime() {
        CallAttempt first = call("NO_ANSWER");
        String afterFirst = leadColumns(first.leadId());
        clock.advance(Duration.ofHours(3)); // the retry time has come
        session.open(first.leadId());
        session.dial();
        clock.advance(Duration.ofSeconds(40));
        session.record("REFUSED", "");

        calls.undoLast(SeededLeads.AGENT);

        assertThat(leadColumns(first.leadId())).isEqualTo(afterFirst);
        assertThat(count("SELECT count(*) FROM call_attempt")).isEqualTo(1);
    }

    @Test
    void undoingACallbackCancelsTheBookingThatFollowedItAndReopensTheCallbackItKept() {
        CallAttempt earlier = call("CALLBACK");
        Callback kept = book(earlier.leadId(), "2025-03-11T11:00");
        clock.set("2025-03-11T11:00");
        session.open(earlier.leadId());
        session.dial();
        clock.advance(Duration.ofSeconds(60));
        CallAttempt again = session.record("CALLBACK", ""); // keeps the 11:00 callback
        Callback booked = book(again.leadId(), "2025-03-12T10:00");
        assertThat(status(kept.id())).isEqualTo("DONE");

        calls.undoLast(SeededLeads.AGENT);

        assertThat(status(booked.id())).isEqualTo("CANCELLED");
        assertThat(root.callbacks().service().find(booked.id()).orElseThrow().cancelReason()).isEqualTo(Callback.UNDONE);
        assertThat(status(kept.id())).as("the callback the undone call kept is open again").isIn("PENDING", "MISSED");
        assertThat(leadColumns(again.leadId())).startsWith("CALLBACK|1|CALLBACK|");
    }

    @Test
    void undoingDoNotCallTakesOffTheListOnlyTheNumbersThisOutcomePutThere() {
        long lead = SeededLeads.idOf(root.leadStore(), "다람이");
        PhoneNumber home = PhoneNumber.parse("02-123-4567", "KR").number();
        sql("UPDATE lead SET extra = '{\"자택전화 (alt)\":\"02-123-4567\"}' WHERE id = " + lead);
        root.calls().doNotCallStore().add(home, "import:dnc.csv", null); // listed before: stays
        CallAttempt dnc = call("DO_NOT_CALL");
        PhoneNumber mobile = PhoneNumber.ofE164("+821012345678");
        assertThat(root.calls().doNotCallStore().contains(mobile)).isTrue();

        UndoneOutcome undone = calls.undoLast(SeededLeads.AGENT);

        assertThat(undone.numbersOffTheList()).isEqualTo(1);
        assertThat(root.calls().doNotCallStore().contains(mobile)).isFalse();
        assertThat(root.calls().doNotCallStore().contains(home)).isTrue();
        assertThat(leadColumns(dnc.leadId())).startsWith("NEW|0|");
        List<AuditEvent> audit = new JdbcCallAudit(root.database()).since(Instant.EPOCH);
        assertThat(audit).extracting(AuditEvent::type).containsSubsequence(AuditEvent.Type.DNC_ADDED,
                AuditEvent.Type.DNC_REMOVED, AuditEvent.Type.OUTCOME_UNDONE);
        assertThat(audit).filteredOn(e -> e.type() == AuditEvent.Type.DNC_REMOVED)
                .extracting(AuditEvent::maskedNumber).containsExactly(mobile.masked());
        assertThat(audit).allSatisfy(e -> assertThat(e.maskedNumber()).doesNotContain("12345678"));
    }

    @Test
    void undoingARefusalWithAProductStopTakesTheStopBackTooAndOnlyThatOne() {
        long lead = SeededLeads.idOf(root.leadStore(), "다람이");
        PhoneNumber mobile = PhoneNumber.ofE164("+821012345678");
        sql("UPDATE lead SET product = '암보험' WHERE id = " + lead);
        root.calls().doNotCallStore().addForProduct(mobile, "연금보험", "import:stops.csv", null); // another product: stays
        CallAttempt refused = stopForProduct();
        assertThat(leadColumns(lead)).as("F9 flags the lead").startsWith("DO_NOT_CALL|1|REFUSED|");

        UndoneOutcome undone = calls.undoLast(SeededLeads.AGENT);

        assertThat(undone.attempt().id()).isEqualTo(refused.id());
        assertThat(undone.productStopTakenBack()).isTrue();
        assertThat(leadColumns(lead)).isEqualTo("NEW|0|null|null|null");
        assertThat(root.calls().doNotCallStore().findFor(mobile, "암보험")).isEmpty();
        assertThat(root.calls().doNotCallStore().findFor(mobile, "연금보험")).isPresent();
        assertThat(session.next().orElseThrow().leadId()).as("callable about its product again").isEqualTo(lead);
        List<AuditEvent> audit = new JdbcCallAudit(root.database()).since(Instant.EPOCH);
        assertThat(audit).filteredOn(e -> e.type() == AuditEvent.Type.DNC_REMOVED).extracting(AuditEvent::reason)
                .containsExactly("undo of REFUSED (product)");
        assertThat(audit).extracting(AuditEvent::type).endsWith(AuditEvent.Type.DNC_REMOVED, AuditEvent.Type.OUTCOME_UNDONE);
    }

    @Test
    void aLeadListedForAllMarketingSinceTheProductStopStaysDoNotCallAfterTheUndo() {
        long lead = SeededLeads.idOf(root.leadStore(), "다람이");
        PhoneNumber mobile = PhoneNumber.ofE164("+821012345678");
        sql("UPDATE lead SET product = '암보험' WHERE id = " + lead);
        stopForProduct();
        root.calls().doNotCallStore().add(mobile, "donotcall:list.csv", null); // the centre's list, meanwhile
        root.calls().doNotCallStore().flagListedLeads();

        calls.undoLast(SeededLeads.AGENT);

        assertThat(root.calls().doNotCallStore().findFor(mobile, "암보험")).as("the product stop itself is gone")
                .map(dev.dialdesk.domain.calls.DoNotCallEntry::product).contains("");
        assertThat(leadColumns(lead)).as("still listed: never offered").startsWith("DO_NOT_CALL|0|");
        assertThat(count("SELECT count(*) FROM call_attempt")).isZero();
    }

    /** F9 on a dialled call, as the call panel does it: 거절, then the stop for the lead's product. */
    private CallAttempt stopForProduct() {
        QueuedLead shown = session.next().orElseThrow();
        session.dial();
        clock.advance(Duration.ofSeconds(30));
        CallAttempt refused = session.record("REFUSED", "");
        root.calls().doNotCall().stopForProduct(shown.lead().phone(), shown.lead().product(), SeededLeads.AGENT);
        clock.advance(Duration.ofSeconds(5));
        return refused;
    }

    @Test
    void undoingAContractWhoseEntryWasCancelledCountsNoContractAndNoSale() {
        CallAttempt pressed = call("CONTRACT");

        calls.undoLast(SeededLeads.AGENT);

        assertThat(leadColumns(pressed.leadId())).startsWith("NEW|0|");
        assertThat(root.calls().shiftStats().today(SeededLeads.AGENT).contracts()).isZero();
        assertThat(count("SELECT coalesce(sum(sales), 0) FROM stats_slot")).isZero();
    }

    @Test
    void aContractSavedOnTheCallIsNotUndoneBehindTheAgentsBack() {
        CallAttempt sold = call("CONTRACT");
        root.contracts().service().createFromCall(sold.id(), sold.leadId(), SeededLeads.AGENT, "종신보험", 52_000,
                clock.instant(), "AP-1001", "");

        assertThatThrownBy(() -> calls.undoLast(SeededLeads.AGENT)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("calls.undo.contractSaved"));
        assertThat(leadColumns(sold.leadId())).startsWith("CONTRACTED|1|CONTRACT|");
        assertThat(count("SELECT count(*) FROM call_attempt")).isEqualTo(1);
    }

    @Test
    void aLeadChangedMeanwhileIsAConflictInWordsSayingWhenAndByWhomAndNothingIsUndone() {
        CallAttempt answered = call("THINKING");
        String recorded = leadColumns(answered.leadId());
        // meanwhile the centre's opt-out list arrives with this number: the lead becomes do-not-call
        root.calls().doNotCallStore().add(PhoneNumber.ofE164("+821012345678"), "donotcall:list.csv", null);
        root.calls().doNotCallStore().flagListedLeads();
        String changedAt = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(Instant.ofEpochMilli(Long.parseLong(
                query("SELECT updated_at FROM lead WHERE id = " + answered.leadId()))).atZone(TestClocks.SEOUL));

        assertThatThrownBy(() -> calls.undoLast(SeededLeads.AGENT)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(dev.dialdesk.domain.i18n.Messages.forLocale(java.util.Locale.ENGLISH).get(e.userMessage()))
                        .startsWith("Not undone: the customer was changed at " + changedAt + " by agent A1024 ("));
        assertThat(leadColumns(answered.leadId())).isEqualTo(recorded.replaceFirst("^THINKING", "DO_NOT_CALL")
                .replaceFirst("\\|[0-9]+$", "|null"));
        assertThat(count("SELECT count(*) FROM call_attempt")).isEqualTo(1);
        assertThat(calls.lastOutcome(SeededLeads.AGENT)).isEmpty();
    }

    @Test
    void theNextDialEndsTheChanceToUndo() {
        call("NO_ANSWER");
        session.next();
        session.dial();

        assertThat(calls.lastOutcome(SeededLeads.AGENT)).isEmpty();
        assertThatThrownBy(() -> calls.undoLast(SeededLeads.AGENT)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("calls.undo.nothing"));
        assertThat(count("SELECT count(*) FROM call_attempt")).isEqualTo(1);
    }

    private CallAttempt call(String outcome) {
        session.next();
        session.dial();
        clock.advance(Duration.ofSeconds(90));
        CallAttempt recorded = session.record(outcome, "");
        clock.advance(Duration.ofSeconds(5));
        return recorded;
    }

    private Callback book(long leadId, String seoulTime) {
        return root.callbacks().service().book(new BookingRequest(leadId, SeededLeads.AGENT,
                java.time.LocalDateTime.parse(seoulTime).atZone(TestClocks.SEOUL), null, "", false, CallbackKind.NORMAL, null), true)
                .callback().orElseThrow();
    }

    private String status(long callbackId) {
        return root.callbacks().service().find(callbackId).map(Callback::status).map(CallbackStatus::name).orElseThrow();
    }

    /** status|attempts|last outcome|last call|retry time of a lead. */
    private String leadColumns(long leadId) {
        return query("SELECT status || '|' || attempt_count || '|' || coalesce(last_disposition, 'null') || '|' "
                + "|| coalesce(last_call_at, 'null') || '|' || coalesce(next_eligible_at, 'null') FROM lead WHERE id = "
                + leadId);
    }

    private long count(String sql) {
        return Long.parseLong(query(sql));
    }

    private String query(String sql) {
        return root.database().read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private void sql(String sql) {
        root.database().write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }
}

package dev.dialdesk.service.callbacks;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.app.CallbackServices;
import dev.dialdesk.domain.callbacks.AgendaSection;
import dev.dialdesk.domain.callbacks.BookingException;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.callbacks.Reschedule;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.calls.PremiumSource;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CallbackFixture;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler on a real SQLite file, on Tuesday 2025-03-11 10:00 in Seoul. */
class CallbackSchedulerTest {

    @TempDir
    Path dir;
    private CallbackFixture fx;
    private long batch;
    private long lead;

    @BeforeEach
    void setUp() {
        fx = new CallbackFixture(new CallLoopFixture(dir, "2025-03-11T10:00"));
        batch = fx.db.batch(KIM, "2025-03-10T09:00");
        lead = fx.db.lead(batch, KIM);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private CallbackService service() {
        return fx.callbacks().service();
    }

    private CallbackAgenda agenda() {
        return fx.callbacks().agenda();
    }

    private void call(long leadId, String disposition) {
        CallService calls = fx.calls().callService();
        calls.record(calls.startCall(KIM, leadId), disposition, "");
    }

    private Instant seoul(String dateTime) {
        return fx.db.seoul(dateTime);
    }

    @Test
    void aCustomerAskedTimeOutsideCallingHoursIsBookedAndAudited() {
        BookingResult refused = service().book(CallbackFixture.request(lead, KIM, "2025-03-11T21:30", false,
                CallbackKind.NORMAL), false);
        assertThat(refused.outcome()).isEqualTo(BookingResult.Outcome.REFUSED);
        BookingResult asked = service().book(CallbackFixture.request(lead, KIM, "2025-03-11T21:30", true,
                CallbackKind.NORMAL), false);
        assertThat(asked.booked()).isTrue();
        assertThat(fx.callbacks().store().auditSince(Instant.EPOCH)).singleElement().satisfies(event -> {
            assertThat(event.event()).isEqualTo(BookingException.OUTSIDE_HOURS);
            assertThat(event.callbackId()).isEqualTo(asked.callback().orElseThrow().id());
        });
    }

    @Test
    void aReRecordingAfterTheQaDeadlineNeedsConfirmationThenIsAudited() {
        fx.qaDeadlines.put(lead, LocalDateTime.parse("2025-03-13T23:59:59").atZone(TestClocks.SEOUL));
        var late = CallbackFixture.request(lead, KIM, "2025-03-14T10:00", false, CallbackKind.RE_RECORDING);
        BookingResult first = service().book(late, false);
        assertThat(first.outcome()).isEqualTo(BookingResult.Outcome.NEEDS_CONFIRMATION);
        assertThat(first.check().isLoud()).isTrue();
        assertThat(service().book(late, true).booked()).isTrue();
        assertThat(fx.callbacks().store().auditSince(Instant.EPOCH)).extracting(e -> e.event())
                .containsExactly(BookingException.AFTER_QA_DEADLINE);
    }

    @Test
    void aSecondCallbackWithinTenMinutesWaitsForConfirmation() {
        fx.book(lead, KIM, "2025-03-11T14:00");
        long other = fx.db.lead(batch, KIM);
        var close = CallbackFixture.request(other, KIM, "2025-03-11T14:05", false, CallbackKind.NORMAL);
        assertThat(service().book(close, false).outcome()).isEqualTo(BookingResult.Outcome.NEEDS_CONFIRMATION);
        assertThat(service().book(close, true).booked()).isTrue();
    }

    @Test
    void aCallbackDueInFiveMinutesIsRemindedAndASnoozedOneIsNot() {
        Callback due = fx.book(lead, KIM, "2025-03-11T10:05");
        fx.book(fx.db.lead(batch, KIM), KIM, "2025-03-11T10:30");
        ReminderCheck check = agenda().check(KIM);
        assertThat(check.remind()).extracting(e -> e.callback().id()).containsExactly(due.id());
        assertThat(check.next().orElseThrow().callback().id()).isEqualTo(due.id());
        service().snooze(due.id());
        assertThat(agenda().check(KIM).remind()).isEmpty();
        fx.db.clock.advance(Duration.ofMinutes(5));
        assertThat(agenda().check(KIM).remind()).as("the snooze is over").hasSize(1);
    }

    @Test
    void aCallbackDueInSixMinutesIsNotRemindedYet() {
        fx.book(lead, KIM, "2025-03-11T10:06");
        assertThat(agenda().check(KIM).remind()).isEmpty();
        fx.db.clock.advance(Duration.ofMinutes(1));
        assertThat(agenda().check(KIM).remind()).hasSize(1);
    }

    @Test
    void callbacksSurviveARestartAndOneThatFellDueWhileClosedIsOverdue() {
        Callback booked = fx.book(lead, KIM, "2025-03-11T15:00");
        fx.db.database.close();
        fx.db.clock.set("2025-03-11T15:10");
        try (SqliteDatabase reopened = SqliteDatabase.open(dir.resolve("dialdesk.db"))) {
            CallbackQueueHooks hooks = CallbackServices.queueHooks(reopened, fx.db.settings);
            CallLoopServices calls = new CallLoopServices(reopened, fx.db.settings, fx.db.clock, hooks, hooks,
                    PremiumSource.NONE);
            CallbackServices again = new CallbackServices(reopened, fx.db.settings, fx.db.clock, calls,
                    ReRecordingDeadlines.NONE);
            var agendaNow = again.agenda().agenda(KIM);
            assertThat(agendaNow.section(AgendaSection.OVERDUE)).extracting(e -> e.callback().id())
                    .containsExactly(booked.id());
            assertThat(again.agenda().check(KIM).remind()).as("still reminded within the grace period").hasSize(1);
            assertThat(calls.workQueue().next(KIM).orElseThrow().leadId()).as("first in the queue").isEqualTo(lead);
        }
    }

    @Test
    void aCallbackNotAttemptedWithinTheGracePeriodIsMissedAndStaysOverdue() {
        Callback booked = fx.book(lead, KIM, "2025-03-11T11:00");
        fx.db.clock.set("2025-03-11T11:30");
        assertThat(agenda().agenda(KIM).section(AgendaSection.OVERDUE)).singleElement()
                .satisfies(e -> assertThat(e.callback().status()).isEqualTo(CallbackStatus.PENDING));
        fx.db.clock.set("2025-03-11T11:31");
        var overdue = agenda().agenda(KIM).section(AgendaSection.OVERDUE);
        assertThat(overdue).singleElement().satisfies(e -> {
            assertThat(e.callback().status()).isEqualTo(CallbackStatus.MISSED);
            assertThat(e.callback().missedAt()).isEqualTo(seoul("2025-03-11T11:31"));
        });
        assertThat(agenda().check(KIM).remind()).as("missed ones are in the list, not in the notice").isEmpty();
        assertThat(agenda().check(KIM).openToday()).isEqualTo(1);
        assertThat(service().find(booked.id()).orElseThrow().status()).isEqualTo(CallbackStatus.MISSED);
    }

    @Test
    void aCallLoggedAtTheDueTimeCompletesTheCallbackWithItsOutcome() {
        Callback booked = fx.book(lead, KIM, "2025-03-11T11:00");
        call(lead, "BUSY");
        assertThat(service().find(booked.id()).orElseThrow().status()).as("a call an hour early keeps nothing")
                .isEqualTo(CallbackStatus.PENDING);
        fx.db.clock.set("2025-03-11T11:00");
        call(lead, "PHONE_OFF");
        Callback done = service().find(booked.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(done.outcome()).isEqualTo("PHONE_OFF");
        assertThat(done.completedBy()).isEqualTo(fx.calls().callService().history(lead).get(0).id());
    }

    @Test
    void aMissedCallbackCalledLateIsDoneButStillCountsAsMissed() {
        Callback booked = fx.book(lead, KIM, "2025-03-11T11:00");
        fx.db.clock.set("2025-03-11T12:00");
        service().markMissed(KIM);
        call(lead, "CONTRACT");
        Callback late = service().find(booked.id()).orElseThrow();
        assertThat(late.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(late.missedAt()).isNotNull();
    }

    @Test
    void theQueueOffersDueCallbacksFirstAndReRecordingsFirstOfAll() {
        long fresh = fx.db.lead(batch, KIM);
        long callback = fx.db.lead(batch, KIM);
        long reRecording = fx.db.lead(batch, KIM);
        fx.book(callback, KIM, "2025-03-11T10:20");
        service().book(CallbackFixture.request(reRecording, KIM, "2025-03-11T10:40", false, CallbackKind.RE_RECORDING),
                false);
        assertThat(fx.calls().workQueue().next(KIM).orElseThrow().tier()).as("nothing due yet")
                .isEqualTo(QueuedLead.Tier.NEW);
        fx.db.clock.set("2025-03-11T10:25");
        assertThat(fx.calls().workQueue().next(KIM).orElseThrow().leadId()).isEqualTo(callback);
        fx.db.clock.set("2025-03-11T10:45");
        assertThat(fx.calls().workQueue().next(KIM).orElseThrow().leadId()).isEqualTo(reRecording);
        assertThat(fresh).isPositive();
    }

    @Test
    void anAppointmentTheCustomerAskedForLetsTheAgentDialOutsideHours() {
        service().book(CallbackFixture.request(lead, KIM, "2025-03-11T21:30", true, CallbackKind.NORMAL), false);
        fx.db.clock.set("2025-03-11T21:30");
        assertThat(fx.calls().callService().startCall(KIM, lead).warning()).isNotNull();
        assertThat(fx.calls().workQueue().next(KIM).orElseThrow().leadId()).isEqualTo(lead);
    }

    @Test
    void anAppointmentLetsAnotherAgentCallTheLead() {
        service().book(CallbackFixture.request(lead, LEE, "2025-03-11T14:00", false, CallbackKind.NORMAL), false);
        fx.db.clock.set("2025-03-11T14:00");
        assertThat(fx.calls().callService().startCall(LEE, lead).leadId()).isEqualTo(lead);
    }

    @Test
    void rescheduleByFifteenMinutesMovesAnOverdueCallbackAndAFollowUpIsBookedAfterADoneOne() {
        Callback booked = fx.book(lead, KIM, "2025-03-11T11:00");
        fx.db.clock.set("2025-03-11T11:05");
        BookingResult moved = service().reschedule(booked.id(), Reschedule.PLUS_15_MIN, false);
        assertThat(moved.callback().orElseThrow().dueAt()).isEqualTo(seoul("2025-03-11T11:15"));
        fx.db.clock.set("2025-03-11T11:15");
        call(lead, "NO_ANSWER");
        BookingResult next = service().reschedule(booked.id(), Reschedule.PLUS_1_HOUR, false);
        assertThat(next.callback().orElseThrow().id()).as("a new callback").isNotEqualTo(booked.id());
        assertThat(next.callback().orElseThrow().dueAt()).isEqualTo(seoul("2025-03-11T12:15"));
    }

    @Test
    void cancellingNeedsAReasonAndMovesTheCallbackToTheHistory() {
        Callback booked = fx.book(lead, KIM, "2025-03-11T16:00");
        service().cancel(booked.id(), "customer contracted elsewhere");
        var history = agenda().agenda(KIM).section(AgendaSection.HISTORY);
        assertThat(history).extracting(CallbackEntry::callback).extracting(Callback::status)
                .containsExactly(CallbackStatus.CANCELLED);
    }
}

package dev.dialdesk.service.callbacks;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.jdbc.JdbcCallbackStore;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcQueueStore;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CallbackFixture;
import dev.dialdesk.testing.Interleave;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks on one database file: desk B (the fixture) records calls, desk A (its own connections and
 * store) snoozes, cancels and moves the same callback. Desk A's store lets desk B act, on another
 * thread, between A's read of the callback and A's write: the race the agent meets when a call is
 * saved while the reminder's Snooze button is pressed.
 */
class CallbackRacesTest {

    @TempDir
    Path dir;
    private CallbackFixture deskB;
    private SqliteDatabase deskADatabase;
    private long lead;
    private long callbackId;
    private final AtomicReference<Runnable> betweenReadAndWrite = new AtomicReference<>();
    private String readMethod = "find";

    @BeforeEach
    void setUp() {
        deskB = new CallbackFixture(new CallLoopFixture(dir, "2025-03-11T10:00"));
        lead = deskB.db.lead(deskB.db.batch(KIM, "2025-03-10T09:00"), KIM);
        callbackId = deskB.book(lead, KIM, "2025-03-11T10:05").id();
        deskADatabase = SqliteDatabase.open(deskB.db.database.file());
    }

    @AfterEach
    void tearDown() {
        deskADatabase.close();
        deskB.close();
    }

    /** Desk A's service; its store runs {@link #betweenReadAndWrite} after its first {@link #readMethod}. */
    private CallbackService deskA() {
        CallbackStore real = new JdbcCallbackStore(deskADatabase);
        Runnable other = betweenReadAndWrite.get();
        CallbackStore store = other == null ? real
                : Interleave.afterFirst(CallbackStore.class, real, readMethod, other);
        ReRecordingDeadlines none = (leadId, contractId) -> Optional.empty();
        return new CallbackService(store, new JdbcQueueStore(deskADatabase), deskB.calls().policies(), none,
                deskB.db.settings, deskB.db.clock);
    }

    private void deskBRecordsACall(String disposition) {
        CallService calls = deskB.calls().callService();
        calls.record(calls.startCall(KIM, lead), disposition, "");
    }

    private Callback stored() {
        return deskB.callbacks().service().find(callbackId).orElseThrow();
    }

    @Test
    void snoozeRacingARecordedCallNeverReopensTheCallback() {
        deskB.callbacks();
        betweenReadAndWrite.set(() -> deskBRecordsACall("CONTRACT"));

        assertThatThrownBy(() -> deskA().snooze(callbackId)).isInstanceOf(ConflictException.class);

        Callback after = stored();
        assertThat(after.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(after.outcome()).isEqualTo("CONTRACT");
        assertThat(after.snoozedUntil()).isNull();
    }

    @Test
    void cancelRacingARecordedCallLeavesTheCallbackDoneWithItsOutcome() {
        deskB.callbacks();
        betweenReadAndWrite.set(() -> deskBRecordsACall("BUSY"));

        assertThatThrownBy(() -> deskA().cancel(callbackId, "customer asked by text"))
                .isInstanceOf(ConflictException.class);

        assertThat(stored().status()).isEqualTo(CallbackStatus.DONE);
        assertThat(stored().cancelReason()).isNull();
    }

    @Test
    void rescheduleRacingARecordedCallDoesNotMoveTheDoneCallback() {
        deskB.callbacks();
        ZonedDateTime later = deskB.db.seoul("2025-03-11T15:00").atZone(deskB.db.clock.getZone());
        betweenReadAndWrite.set(() -> deskBRecordsACall("NO_ANSWER"));

        assertThatThrownBy(() -> deskA().reschedule(callbackId, later, null, false))
                .isInstanceOf(ConflictException.class);

        assertThat(stored().status()).isEqualTo(CallbackStatus.DONE);
        assertThat(stored().dueAt()).isEqualTo(deskB.db.seoul("2025-03-11T10:05"));
    }

    @Test
    void aCallRecordedWhileTheCallbackIsBeingSnoozedStillKeepsIt() {
        Instant end = deskB.db.clock.instant();
        CallAttempt attempt = new CallAttempt(0, UUID.randomUUID(), lead, KIM, end.minusSeconds(90), end, "CONTRACT", "");
        CallLog.Recorded recorded = deskB.calls().callLog().record(attempt,
                deskB.calls().dispositionStore().find("CONTRACT").orElseThrow());
        readMethod = "openForLead";
        betweenReadAndWrite.set(() -> deskB.callbacks().service().snooze(callbackId));

        assertThat(deskA().callRecorded(recorded)).singleElement()
                .satisfies(kept -> assertThat(kept.status()).isEqualTo(CallbackStatus.DONE));

        Callback after = stored();
        assertThat(after.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(after.completedBy()).isEqualTo(recorded.attempt().id());
        assertThat(after.snoozedUntil()).as("the snooze that came first is kept").isNotNull();
    }

    @Test
    void snoozingTheRemindersSkipsOneThatACallKeptMeanwhileAndSnoozesTheOthers() {
        long otherLead = deskB.db.lead(deskB.db.batch(KIM, "2025-03-10T09:30"), KIM);
        long other = deskB.book(otherLead, KIM, "2025-03-11T10:30").id();
        betweenReadAndWrite.set(() -> deskBRecordsACall("CONTRACT"));

        assertThat(deskA().snoozeReminders(java.util.List.of(callbackId, other))).extracting(Callback::id)
                .containsExactly(other);

        assertThat(stored().status()).isEqualTo(CallbackStatus.DONE);
        assertThat(deskB.callbacks().service().find(other).orElseThrow().snoozedUntil()).isNotNull();
    }

    @Test
    void theLostRaceIsPutInWordsWithTheCallbackAsItIsNow() {
        deskB.callbacks();
        betweenReadAndWrite.set(() -> deskBRecordsACall("CONTRACT"));

        ConflictException conflict = org.junit.jupiter.api.Assertions.assertThrows(ConflictException.class,
                () -> deskA().snooze(callbackId));

        assertThat(conflict.current(Callback.class)).hasValueSatisfying(
                now -> assertThat(now.status()).isEqualTo(CallbackStatus.DONE));
        assertThat(conflict.changedAt()).isPresent();
        assertThat(Messages.forLocale(Locale.ENGLISH).get(conflict.userMessage()))
                .startsWith("This callback was completed at 10:00 by agent A1024.");
        assertThat(Messages.forLocale(Locale.KOREAN).get(conflict.userMessage())).contains("완료");
    }
}

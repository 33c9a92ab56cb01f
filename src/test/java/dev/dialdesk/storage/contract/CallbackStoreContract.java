package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.BookingException;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackAuditEvent;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.CallbackStatus;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.jdbc.JdbcCallbackStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link CallbackStore} contract (예약 콜), run on every engine: the agent's store on the agent's
 * desk; a second desk of the same agent on connections of its own for the races. "Now" is Tuesday
 * 10 March 2026, 10:00 in Seoul.
 */
public abstract class CallbackStoreContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private CallbackStore callbacks;
    private long lead;
    private int nextPhone = 2000;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        callbacks = new JdbcCallbackStore(engine.desk());
        lead = newLead();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private long newLead() {
        return engine.lead(AGENT, PhoneNumber.parse(String.format("010-3333-%04d", nextPhone++), "KR").number());
    }

    /** A call of the agent to the test's lead, written as the call log does; returns its id. */
    private long call() {
        return engine.desk().write(connection -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO call_attempt(client_id, lead_id, "
                    + "agent_id, started_at, ended_at, duration_ms, disposition, contact, sale) "
                    + "VALUES (?, ?, ?, ?, ?, 90000, 'CONTRACT', 1, 1) RETURNING id")) {
                s.setString(1, UUID.randomUUID().toString());
                s.setLong(2, lead);
                s.setString(3, AGENT.value());
                s.setLong(4, now().toEpochMilli() - 90_000);
                s.setLong(5, now().toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private Instant now() {
        return engine.clock().instant();
    }

    private Callback book(long leadId, String seoulDue) {
        ZonedDateTime due = java.time.LocalDateTime.parse(seoulDue).atZone(engine.clock().getZone());
        BookingRequest request = new BookingRequest(leadId, AGENT, due, due.plusMinutes(30), "토요일 10시만 가능",
                true, CallbackKind.NORMAL, null);
        return callbacks.insert(Callback.book(request, now()), List.of());
    }

    @Test
    void aBookedCallbackIsFoundAsSavedWithItsFirstVersion() {
        Callback booked = book(lead, "2026-03-14T10:00");

        assertThat(booked.id()).isPositive();
        assertThat(callbacks.find(booked.id())).contains(booked);
        assertThat(booked.version()).isEqualTo(1);
        assertThat(callbacks.openForLead(lead)).containsExactly(booked);
    }

    @Test
    void theDaysListsShowPendingByDueTimeAndClosedOnesInTheHistory() {
        Callback early = book(lead, "2026-03-10T11:00");
        Callback late = book(newLead(), "2026-03-10T15:00");
        Callback kept = callbacks.update(book(newLead(), "2026-03-10T10:30").done(call(), "CONTRACT", now()));
        Instant dayStart = engine.clock().instant().minus(Duration.ofHours(10));
        Instant dayEnd = dayStart.plus(Duration.ofDays(1));

        assertThat(callbacks.byStatus(AGENT, CallbackStatus.PENDING, dayStart, dayEnd, 10))
                .extracting(e -> e.callback().id()).containsExactly(early.id(), late.id());
        assertThat(callbacks.byStatus(AGENT, CallbackStatus.PENDING, dayStart, dayEnd, 1)).hasSize(1);
        assertThat(callbacks.first(AGENT, CallbackStatus.PENDING, now())).map(e -> e.callback().id()).contains(early.id());
        assertThat(callbacks.history(AGENT, dayStart, dayEnd, 10)).extracting(e -> e.callback().id())
                .containsExactly(kept.id());
        assertThat(callbacks.between(AGENT, dayStart, dayEnd)).extracting(e -> e.callback().id())
                .containsExactly(kept.id(), early.id(), late.id());
        assertThat(callbacks.between(AGENT, dayStart, dayEnd)).extracting(CallbackEntry::customerName).containsOnly("홍길동");
        assertThat(callbacks.count(AGENT, CallbackStatus.PENDING, dayEnd)).isEqualTo(2);
        assertThat(callbacks.openForLead(lead)).extracting(Callback::id).containsExactly(early.id());
    }

    @Test
    void markingMissedTakesOnlyPendingCallbacksDueBeforeTheGraceEnds() {
        Callback overdue = book(lead, "2026-03-10T09:00");
        Callback ahead = book(newLead(), "2026-03-10T11:00");

        assertThat(callbacks.markMissed(AGENT, now(), now())).isEqualTo(1);

        Callback missed = callbacks.find(overdue.id()).orElseThrow();
        assertThat(missed.status()).isEqualTo(CallbackStatus.MISSED);
        assertThat(missed.missedAt()).isEqualTo(now());
        assertThat(missed.version()).isEqualTo(2);
        assertThat(callbacks.find(ahead.id()).orElseThrow().status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(callbacks.markMissed(AGENT, now(), now())).isZero();
    }

    @Test
    void theBookingAuditKeepsWhatTheAgentWasWarnedAbout() {
        Instant at = now();
        Callback booked = callbacks.insert(Callback.book(new BookingRequest(lead, AGENT,
                now().atZone(engine.clock().getZone()).plusHours(12), null, "", false, CallbackKind.NORMAL, null),
                at), List.of(new CallbackAuditEvent(at, AGENT, lead, 0, BookingException.OUTSIDE_HOURS,
                "22:00")));

        assertThat(callbacks.auditSince(at.minusSeconds(1))).singleElement().satisfies(e -> {
            assertThat(e.callbackId()).isEqualTo(booked.id());
            assertThat(e.event()).isEqualTo(BookingException.OUTSIDE_HOURS);
            assertThat(e.detail()).isEqualTo("22:00");
        });
    }

    @Test
    void anUpdateFromAnOlderVersionIsAConflictSaidInWords() {
        Callback booked = book(lead, "2026-03-10T10:05");
        callbacks.update(booked.done(call(), "CONTRACT", now()));

        ConflictException conflict = org.junit.jupiter.api.Assertions.assertThrows(ConflictException.class,
                () -> callbacks.update(booked.snoozed(now().plusSeconds(300), now())));

        assertThat(conflict.current(Callback.class)).hasValueSatisfying(c -> assertThat(c.status())
                .isEqualTo(CallbackStatus.DONE));
        assertThat(Messages.forLocale(Locale.ENGLISH).get(conflict.userMessage())).contains("changed elsewhere")
                .contains("Done");
        assertThat(Messages.forLocale(Locale.KOREAN).get(conflict.userMessage())).contains("완료");
        assertThat(callbacks.find(booked.id()).orElseThrow().snoozedUntil()).isNull();
    }

    @Test
    void snoozeRacingARecordedCallOnAnotherDeskNeverBringsTheDoneCallbackBack() {
        Callback read = book(lead, "2026-03-10T10:05");
        CallbackStore otherDesk = new JdbcCallbackStore(engine.otherDesk(AGENT));
        // The other desk records the call that keeps the callback after this desk read it.
        otherDesk.update(otherDesk.find(read.id()).orElseThrow().done(call(), "CONTRACT", now()));

        assertThatThrownBy(() -> callbacks.update(read.rescheduled(now().plusSeconds(600), null, now())))
                .isInstanceOf(ConflictException.class);

        Callback after = callbacks.find(read.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(after.outcome()).isEqualTo("CONTRACT");
    }

    @Test
    void aSnoozeAndARecordedCallAtTheSameMomentOnTwoDesksLeaveOneWinnerAndNeverReopenADoneCallback()
            throws Exception {
        CallbackStore otherDesk = new JdbcCallbackStore(engine.otherDesk(AGENT));
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                Callback read = book(newLead(), "2026-03-10T10:05");
                long attempt = call();
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Boolean> recorded = desks.submit(saves(together,
                        () -> otherDesk.update(read.done(attempt, "CONTRACT", now()))));
                Future<Boolean> snoozed = desks.submit(saves(together,
                        () -> callbacks.update(read.rescheduled(now().plusSeconds(600), null, now()))));

                assertThat(recorded.get() ^ snoozed.get()).as("exactly one desk's write lands").isTrue();
                Callback after = callbacks.find(read.id()).orElseThrow();
                assertThat(after.status()).isEqualTo(recorded.get() ? CallbackStatus.DONE : CallbackStatus.PENDING);
                assertThat(after.version()).isEqualTo(2);
            }
        } finally {
            desks.shutdownNow();
        }
    }

    /** Waits for the other desk, then writes; true when the write landed, false when it lost the race. */
    private static Callable<Boolean> saves(CyclicBarrier together, Runnable write) {
        return () -> {
            together.await();
            try {
                write.run();
                return true;
            } catch (ConflictException lost) {
                return false;
            }
        };
    }
}

package dev.dialdesk.service.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.calls.QueueSkipReason;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Next lead": callbacks first, then due retries, then new leads of the oldest batch; never a lead it must not offer. */
class WorkQueueTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private long oldBatch;
    private long newBatch;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T10:00");
        // Batch ids follow import order: "oldest batch" is the one imported first.
        oldBatch = db.batch(KIM, "2025-03-03T09:00");
        newBatch = db.batch(KIM, "2025-03-10T09:00");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private WorkQueue queue() {
        return db.services().workQueue();
    }

    private long nextId() {
        return queue().next(KIM).orElseThrow().leadId();
    }

    /** Dials and records an outcome for a lead, through the real services. */
    private void work(long lead, String disposition) {
        CallService calls = db.services().callService();
        calls.record(calls.startCall(KIM, lead), disposition, "");
    }

    @Test
    void newLeadsComeOldestBatchFirstThenInFileOrder() {
        long fromNewBatch = db.lead(newBatch, KIM);
        long firstOfOld = db.lead(oldBatch, KIM);
        db.lead(oldBatch, KIM);
        assertThat(fromNewBatch).as("inserted first").isLessThan(firstOfOld);
        assertThat(nextId()).isEqualTo(firstOfOld);
    }

    @Test
    void aDueRetryComesBeforeNewLeadsAndADueCallbackBeforeBoth() {
        long retried = db.lead(newBatch, KIM);
        long fresh = db.lead(oldBatch, KIM);
        long callback = db.lead(oldBatch, KIM);
        long reRecording = db.lead(oldBatch, KIM);
        work(retried, "BUSY");
        assertThat(nextId()).isEqualTo(fresh);
        db.clock.advance(Duration.ofMinutes(31));
        assertThat(nextId()).isEqualTo(retried);
        db.dueCallbacks.add(new DueCallbacks.DueCallback(callback, db.clock.instant().minusSeconds(60), false, false));
        assertThat(queue().next(KIM).orElseThrow().tier()).isEqualTo(QueuedLead.Tier.CALLBACK);
        assertThat(nextId()).isEqualTo(callback);
        db.dueCallbacks.add(new DueCallbacks.DueCallback(reRecording, db.clock.instant(), true, false));
        assertThat(nextId()).as("re-recording callbacks before all others").isEqualTo(reRecording);
    }

    @Test
    void aLeadWaitingOutItsRetryDelayIsSkippedAndExplained() {
        long lead = db.lead(oldBatch, KIM);
        work(lead, "NO_ANSWER");
        assertThat(queue().next(KIM)).isEmpty();
        QueueSkipReason reason = queue().explain(KIM, lead).orElseThrow();
        assertThat(reason.kind()).isEqualTo(QueueSkipReason.Kind.RETRY_WAIT);
        assertThat(reason.message().args()).containsExactly(new dev.dialdesk.domain.i18n.Message("common.timeToday", "12:00"));
        db.clock.advance(Duration.ofHours(2));
        assertThat(nextId()).isEqualTo(lead);
        assertThat(queue().explain(KIM, lead)).isEmpty();
    }

    @Test
    void aLeadAtItsAttemptCapIsNeverOfferedAgain() {
        long lead = db.lead(oldBatch, KIM);
        for (int i = 0; i < 6; i++) {
            work(lead, "NO_ANSWER");
            db.clock.advance(Duration.ofHours(2));
        }
        db.clock.set("2025-03-12T10:00");
        assertThat(queue().next(KIM)).isEmpty();
        assertThat(queue().explain(KIM, lead).orElseThrow().kind()).isEqualTo(QueueSkipReason.Kind.ATTEMPT_CAP);
    }

    @Test
    void finalLeadsAreNotOfferedAndSayWhy() {
        long lead = db.lead(oldBatch, KIM);
        work(lead, "REFUSED");
        assertThat(queue().next(KIM)).isEmpty();
        QueueSkipReason reason = queue().explain(KIM, lead).orElseThrow();
        assertThat(reason.kind()).isEqualTo(QueueSkipReason.Kind.FINAL);
        assertThat(reason.message().key()).isEqualTo("calls.skip.final.REFUSED");
    }

    @Test
    void aDoNotCallNumberIsNeverOfferedByTheQueue() {
        long listed = db.lead(oldBatch, KIM);
        long other = db.lead(newBatch, KIM);
        db.services().doNotCallStore().add(db.phoneOf(listed), "manual", KIM);
        assertThat(nextId()).isEqualTo(other);
        assertThat(queue().explain(KIM, listed).orElseThrow().kind()).isEqualTo(QueueSkipReason.Kind.DO_NOT_CALL);
        db.dueCallbacks.add(new DueCallbacks.DueCallback(listed, db.clock.instant(), true, true));
        assertThat(nextId()).as("not even as a callback").isEqualTo(other);
    }

    @Test
    void anotherAgentsLeadsAreNotOffered() {
        long lees = db.lead(db.batch(LEE, "2025-03-01T09:00"), LEE);
        assertThat(queue().next(KIM)).isEmpty();
        assertThat(queue().explain(KIM, lees).orElseThrow().kind()).isEqualTo(QueueSkipReason.Kind.OTHER_AGENT);
        assertThat(queue().next(LEE).orElseThrow().leadId()).isEqualTo(lees);
    }

    @Test
    void outsideCallingHoursNothingIsOfferedAndTheOpeningIsExplained() {
        long lead = db.lead(oldBatch, KIM);
        db.clock.set("2025-03-11T08:30");
        assertThat(queue().next(KIM)).isEmpty();
        QueueSkipReason reason = queue().explain(KIM, lead).orElseThrow();
        assertThat(reason.kind()).isEqualTo(QueueSkipReason.Kind.OUTSIDE_HOURS);
        assertThat(reason.message().args()).containsExactly(new dev.dialdesk.domain.i18n.Message("common.timeToday", "09:00"));
    }

    @Test
    void aLeadInAnotherZoneIsOfferedWhenItIsDaytimeThere() {
        long seoulLead = db.lead(oldBatch, KIM);
        long losAngelesLead = db.lead(newBatch, KIM);
        db.zone(losAngelesLead, ZoneId.of("America/Los_Angeles"));
        // 07:00 in Seoul (closed) is 15:00 of the previous day in Los Angeles (open).
        db.clock.set("2025-03-11T07:00");
        assertThat(nextId()).isEqualTo(losAngelesLead);
        // 15:00 in Seoul is 23:00 in Los Angeles: only the Seoul lead.
        db.clock.set("2025-03-11T15:00");
        assertThat(nextId()).isEqualTo(seoulLead);
        work(seoulLead, "REFUSED");
        assertThat(queue().next(KIM)).isEmpty();
        assertThat(queue().explain(KIM, losAngelesLead).orElseThrow().kind())
                .isEqualTo(QueueSkipReason.Kind.OUTSIDE_HOURS);
    }

    @Test
    void aSaturdayLeadComesWithTheWarning() {
        db.lead(oldBatch, KIM);
        db.clock.set("2025-03-15T11:00");
        QueuedLead next = queue().next(KIM).orElseThrow();
        assertThat(next.hours().isWarning()).isTrue();
        assertThat(Map.of("key", next.hours().reason().key())).containsEntry("key", "calls.hours.warn");
    }

    @Test
    void aPublicHolidayClosesTheQueue() {
        db.lead(oldBatch, KIM);
        db.services().holidays();
        db.sql("INSERT INTO holiday(day, name, source) VALUES ('2025-03-11', 'test', 'test')");
        db.services().policies().reload();
        assertThat(queue().next(KIM)).isEmpty();
    }
}

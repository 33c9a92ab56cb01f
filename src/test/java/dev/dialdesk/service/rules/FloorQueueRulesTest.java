package dev.dialdesk.service.rules;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.calls.QueueSkipReason;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue and the floor's rules: consent when required, a lead avoiding calls rests, the answered hour first. */
class FloorQueueRulesTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private FloorHistory history;
    private long batch;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-10T09:00");
        history = new FloorHistory(db);
        batch = db.batch(KIM, "2025-03-01T09:00");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aThinkingCustomerWhoStoppedAnsweringIsMarkedAndRestsADayBetweenTries() {
        long cold = db.lead(batch, KIM);
        history.call(cold, KIM, "2025-03-10T19:10", DefaultDispositions.THINKING)
                .call(cold, KIM, "2025-03-11T19:20", DefaultDispositions.NO_ANSWER)
                .call(cold, KIM, "2025-03-12T11:00", DefaultDispositions.NO_ANSWER)
                .call(cold, KIM, "2025-03-12T14:00", DefaultDispositions.PHONE_OFF);
        LeadMarks marks = new RulesServicesProbe(db).marks().marks(db.services().workQueue()
                .open(KIM, cold).orElseThrow().lead());
        assertThat(marks.avoiding()).isTrue();
        assertThat(marks.unansweredInARow()).isEqualTo(3);
        assertThat(marks.answeredHours()).containsExactly(19);
        assertThat(new RulesServicesProbe(db).marks().avoidingLeads(KIM)).containsExactly(cold);

        db.clock.set("2025-03-12T18:00");   // PHONE_OFF's own retry (60 min) has long passed
        assertThat(db.services().workQueue().explain(KIM, cold)).get()
                .extracting(QueueSkipReason::kind).isEqualTo(QueueSkipReason.Kind.AVOIDING_CALLS);
        assertThat(db.services().workQueue().next(KIM)).isEmpty();
        db.clock.set("2025-03-13T14:02");
        assertThat(db.services().workQueue().next(KIM)).get().extracting(q -> q.lead().id()).isEqualTo(cold);
    }

    @Test
    void aLeadThatNeverAnsweredIsRetriedAsItsDispositionSays() {
        long never = db.lead(batch, KIM);
        history.call(never, KIM, "2025-03-11T10:00", DefaultDispositions.BUSY)
                .call(never, KIM, "2025-03-11T11:00", DefaultDispositions.BUSY)
                .call(never, KIM, "2025-03-11T12:00", DefaultDispositions.BUSY)
                .call(never, KIM, "2025-03-11T13:00", DefaultDispositions.BUSY);
        db.clock.set("2025-03-11T13:40");
        assertThat(db.services().workQueue().next(KIM)).get().extracting(q -> q.lead().id()).isEqualTo(never);
    }

    @Test
    void whenTheCentreRequiresConsentALeadWithoutItIsNotOffered() {
        long noConsent = db.lead(batch, KIM);
        long consented = db.lead(batch, KIM);
        db.sql("UPDATE lead SET extra = '{\"동의일자\":\"2025-01-02\",\"수집경로\":\"보험비교\"}' WHERE id = " + consented);
        assertThat(db.services().workQueue().next(KIM)).get().extracting(q -> q.lead().id()).isEqualTo(noConsent);

        db.settings.set(RulesSettingKeys.CONSENT_REQUIRED, true);
        assertThat(db.services().workQueue().next(KIM)).get().extracting(q -> q.lead().id()).isEqualTo(consented);
        assertThat(db.services().workQueue().explain(KIM, noConsent)).get()
                .satisfies(skip -> {
                    assertThat(skip.kind()).isEqualTo(QueueSkipReason.Kind.CONSENT);
                    assertThat(skip.message().key()).isEqualTo("rules.skip.consent.MISSING");
                });
    }

    @Test
    void withThePreferenceOnTheLeadThatAnsweredAtThisHourComesFirst() {
        long evening = db.lead(batch, KIM);
        long morning = db.lead(batch, KIM);
        history.call(evening, KIM, "2025-03-10T19:05", DefaultDispositions.THINKING)   // due again 03-11 19:06
                .call(morning, KIM, "2025-03-11T10:00", DefaultDispositions.NO_ANSWER); // due again 03-11 12:01
        db.clock.set("2025-03-11T19:10");
        assertThat(next()).isEqualTo(morning);                   // off by default: the earliest retry first

        db.settings.set(RulesSettingKeys.PREFER_ANSWERED_HOUR, true);
        assertThat(next()).isEqualTo(evening);
    }

    private long next() {
        return db.services().workQueue().next(KIM).map(QueuedLead::lead).orElseThrow().id();
    }
}

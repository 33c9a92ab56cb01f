package dev.dialdesk.ui.callbacks;

import dev.dialdesk.testing.ImmediateTasks;
import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Urgency;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CallbackFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminder's texts and attention requests without a display (the lead is 홍길동). */
class ReminderPresenterTest {

    @TempDir
    Path dir;
    private CallbackFixture fx;
    private long lead;
    private final FakeView view = new FakeView();

    @BeforeEach
    void setUp() {
        fx = new CallbackFixture(new CallLoopFixture(dir, "2025-03-11T09:48"));
        lead = fx.db.lead(fx.db.batch(KIM, "2025-03-10T09:00"), KIM);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private ReminderPresenter presenter(Locale locale) {
        ReminderPresenter presenter = new ReminderPresenter(fx.callbacks().agenda(), fx.callbacks().service(),
                Messages.forLocale(locale), new ImmediateTasks(), KIM, error -> {
                    throw new AssertionError(error);
                });
        presenter.attach(view);
        return presenter;
    }

    @Test
    void aLongWaitReadsAsDaysWithTheWeekday() {
        fx.book(lead, KIM, "2025-03-15T10:00"); // Tuesday 09:48 → Saturday 10:00
        presenter(Locale.ENGLISH).check();
        assertThat(view.next).isEqualTo("03-15 (Sat) 10:00 홍길동, in 4 days");
        presenter(Locale.KOREAN).check();
        assertThat(view.next).isEqualTo("03-15 (토) 10:00 홍길동, 4일 후");
    }

    @Test
    void theStatusBarShowsTheNextCallbackWithTheCustomersNameAndTheMinutesLeft() {
        fx.book(lead, KIM, "2025-03-11T10:00");
        presenter(Locale.ENGLISH).check();
        assertThat(view.next).isEqualTo("10:00 홍길동, in 12 min");
        assertThat(view.count).isEqualTo(1);
        assertThat(view.notice).isEmpty();
        presenter(Locale.KOREAN).check();
        assertThat(view.next).isEqualTo("10:00 홍길동, 12분 후");
    }

    @Test
    void aDueCallbackShowsTheNoticeAndAsksForAttentionOnlyOnce() {
        fx.book(lead, KIM, "2025-03-11T10:00");
        ReminderPresenter presenter = presenter(Locale.ENGLISH);
        fx.db.clock.advance(Duration.ofMinutes(7));
        presenter.check();
        assertThat(view.notice).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("10:00 홍길동, in 5 min");
            assertThat(line.urgency()).isEqualTo(Urgency.SOON);
        });
        assertThat(view.attention).hasSize(1);
        fx.db.clock.advance(Duration.ofSeconds(30));
        presenter.check();
        assertThat(view.attention).as("not again for the same callback").hasSize(1);
        presenter.snooze(view.notice.stream().map(ReminderView.NoticeLine::callbackId).toList());
        assertThat(view.notice).as("hidden while snoozed").isEmpty();
    }

    @Test
    void anOverdueCallbackSaysHowLateItIs() {
        fx.book(lead, KIM, "2025-03-11T10:00");
        fx.db.clock.set("2025-03-11T10:07");
        presenter(Locale.ENGLISH).check();
        assertThat(view.next).isEqualTo("10:00 홍길동, 7 min overdue");
        assertThat(view.nextUrgency).isEqualTo(Urgency.DUE);
    }

    @Test
    void aCaseStepComingDueJoinsTheNoticeOnceAndTheSnoozeLeavesItToTheCasesScreen() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("cases"));
        dev.dialdesk.testing.CasesFixture cases = new dev.dialdesk.testing.CasesFixture(dir.resolve("cases"),
                "2026-12-01T09:10");
        try {
            cases.importContacts();
            long customer = cases.loop.lead(cases.loop.batch(KIM, "2026-11-30T09:00"), KIM);
            cases.cases.cases().open(KIM, new dev.dialdesk.service.cases.OpenCaseRequest(customer, null, null,
                    "세탁기 고장", "", cases.cases.cases().templates().get(0).id(), null));
            CallbackFixture callbacks = new CallbackFixture(cases.loop);
            ReminderPresenter presenter = new ReminderPresenter(callbacks.callbacks().agenda(),
                    callbacks.callbacks().service(), Messages.forLocale(Locale.KOREAN), new ImmediateTasks(), KIM,
                    error -> {
                        throw new AssertionError(error);
                    });
            presenter.attach(view);
            presenter.alsoRemind(agent -> cases.cases.today().today(agent).stream()
                    .filter(i -> i.source() == dev.dialdesk.domain.agenda.AgendaItem.Source.CASE_STEP).toList());
            presenter.check();
            assertThat(view.notice).singleElement().satisfies(line -> {
                assertThat(line.text()).startsWith("09:10 ").endsWith("(후속 단계)");
                assertThat(line.callbackId()).isNegative();
            });
            presenter.check();
            assertThat(view.attention).hasSize(1);
            presenter.snooze(view.notice.stream().map(ReminderView.NoticeLine::callbackId).toList());
            assertThat(view.notice).hasSize(1);
        } finally {
            cases.close();
        }
    }

    private static final class FakeView implements ReminderView {
        List<NoticeLine> notice = List.of();
        final List<String> attention = new ArrayList<>();
        String next;
        Urgency nextUrgency;
        int count;

        @Override
        public void showNotice(List<NoticeLine> lines) {
            notice = lines;
        }

        @Override
        public void hideNotice() {
            notice = List.of();
        }

        @Override
        public void requestAttention(String title, String text) {
            attention.add(text);
        }

        @Override
        public void showNext(String text, Urgency urgency) {
            next = text;
            nextUrgency = urgency;
        }

        @Override
        public void showCount(int openToday, String title) {
            count = openToday;
        }
    }
}

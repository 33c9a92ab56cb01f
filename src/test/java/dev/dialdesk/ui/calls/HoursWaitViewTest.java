package dev.dialdesk.ui.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.HoursWait;
import dev.dialdesk.storage.jdbc.JdbcWaitingLeads;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.ui.calls.hours.HoursWaitView;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call panel on a Sunday: F2 finds no lead, and the panel says how many wait for calling hours and until when. */
class HoursWaitViewTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private CallPresenter presenter(String seoulNow, Locale locale, RecordingCallView view) {
        db = new CallLoopFixture(dir, seoulNow);
        CallLoopServices services = db.services();
        Messages messages = Messages.forLocale(locale);
        HoursWaitView waiting = new HoursWaitView(view, new HoursWait(new JdbcWaitingLeads(db.database),
                services.policies(), db.clock), KIM, messages, new ImmediateTasks());
        CallTexts texts = new CallTexts(messages, services.policies()::centreZone, id -> "3월 신규 DB", id -> "F2");
        CallPresenter presenter = new CallPresenter(waiting, services.session(KIM), services.callService(),
                services.shiftStats(), new ImmediateTasks(), texts, (outcome, done) -> done.run());
        presenter.start();
        return presenter;
    }

    @Test
    void onSundayTheEmptyQueueSaysHowManyLeadsWaitAndWhenCallingOpensInKoreanAndEnglish() {
        RecordingCallView view = new RecordingCallView();
        CallPresenter presenter = presenter("2026-03-15T10:00", Locale.KOREAN, view);
        long batch = db.batch(KIM, "2026-03-13T09:00");
        db.lead(batch, KIM);
        db.lead(batch, KIM);

        presenter.next();

        assertThat(view.noLead).isEqualTo("통화 가능 시간을 기다리는 DB 2건: 03-16 (월) 09:00, Asia/Seoul");
    }

    @Test
    void inEnglishTheWaitReadsAsASentence() {
        RecordingCallView view = new RecordingCallView();
        CallPresenter presenter = presenter("2026-03-15T10:00", Locale.ENGLISH, view);
        db.lead(db.batch(KIM, "2026-03-13T09:00"), KIM);

        presenter.next();

        assertThat(view.noLead).isEqualTo("1 lead waits for calling hours: 03-16 (Mon) 09:00, Asia/Seoul");
    }

    @Test
    void anEmptyQueueWithNoLeadAtAllKeepsItsOwnWords() {
        RecordingCallView view = new RecordingCallView();
        CallPresenter presenter = presenter("2026-03-15T10:00", Locale.KOREAN, view);

        presenter.next();

        assertThat(view.noLead).isEqualTo(Messages.forLocale(Locale.KOREAN).get("callscreen.queueEmpty"));
    }
}

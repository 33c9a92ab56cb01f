package dev.dialdesk.ui.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.CallSession.Phase;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call screen's logic on a real SQLite file, with a clock the test moves. */
class CallPresenterTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private final RecordingCallView view = new RecordingCallView();
    private final List<DispositionFollowUp.Outcome> followedUp = new ArrayList<>();
    private Runnable followUpDone;
    private CallPresenter presenter;

    private CallPresenter presenter(String seoulNow) {
        db = new CallLoopFixture(dir, seoulNow);
        CallLoopServices services = db.services();
        CallTexts texts = new CallTexts(Messages.forLocale(Locale.KOREAN), services.policies()::centreZone,
                id -> "3월 신규 DB", id -> "calls.next".equals(id) ? "F2" : id);
        presenter = new CallPresenter(view, services.session(KIM), services.callService(), services.shiftStats(),
                new ImmediateTasks(), texts, (outcome, done) -> {
                    followedUp.add(outcome);
                    followUpDone = done;
                });
        presenter.start();
        return presenter;
    }

    @AfterEach
    void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void nextDialOutcomeShowsTheNextLeadAndCountsTheDial() {
        presenter("2025-03-11T10:00");
        long batch = db.batch(KIM, "2025-03-10T09:00");
        long first = db.lead(batch, KIM);
        db.lead(batch, KIM);
        assertThat(view.choices).extracting(CallModels.DispositionChoice::label).startsWith("부재", "통화중", "전원꺼짐");
        assertThat(view.noLead).isEqualTo("F2 키를 누르면 전화할 다음 DB가 나옵니다.");

        presenter.next();
        assertThat(view.card.phone()).isEqualTo(db.phoneOf(first).national());
        assertThat(view.card.source()).isEqualTo("신규 DB");
        assertThat(view.card.status()).isEqualTo("신규");
        assertThat(view.card.attempts()).isEqualTo("0회 시도");
        assertThat(view.card.batch()).isEqualTo("3월 신규 DB");
        assertThat(view.card.hoursTone()).isEqualTo(CallModels.Tone.OK);
        assertThat(view.phase).isEqualTo(Phase.LEAD_SHOWN);

        presenter.dial();
        assertThat(view.phase).isEqualTo(Phase.IN_CALL);
        assertThat(view.timerStartedAt).isEqualTo(db.seoul("2025-03-11T10:00"));
        db.clock.advance(Duration.ofSeconds(42));
        view.note = "신호만 감";
        presenter.disposition(1);

        assertThat(db.count("SELECT COUNT(*) FROM call_attempt WHERE lead_id = " + first
                + " AND disposition = 'NO_ANSWER' AND note = '신호만 감'")).isEqualTo(1);
        assertThat(view.phase).isEqualTo(Phase.LEAD_SHOWN);
        assertThat(view.card.phone()).isNotEqualTo(db.phoneOf(first).national());
        assertThat(view.notice.text()).isEqualTo("기록됨: 홍길동 · 부재");
        assertThat(view.shift.dials()).isEqualTo("1");
        assertThat(view.shift.contacts()).isEqualTo("0");
        assertThat(view.shift.talkTime()).isEqualTo("0:42");
        assertThat(view.note).isEmpty();
    }

    @Test
    void theNextLeadWaitsForTheOutcomeOfADialledCall() {
        presenter("2025-03-11T10:00");
        long batch = db.batch(KIM, "2025-03-10T09:00");
        long first = db.lead(batch, KIM);
        db.lead(batch, KIM);
        presenter.next();
        presenter.dial();
        presenter.hangUp();
        assertThat(view.phase).isEqualTo(Phase.WRAP_UP);
        assertThat(view.timerStopped).isZero();

        presenter.next();
        assertThat(view.notice.tone()).isEqualTo(CallModels.Tone.WARNING);
        assertThat(view.notice.text()).isEqualTo("다음 DB로 가기 전에 직전 통화의 결과를 기록하세요.");
        assertThat(view.card.phone()).isEqualTo(db.phoneOf(first).national());
        assertThat(view.phase).isEqualTo(Phase.WRAP_UP);
        assertThat(db.count("SELECT COUNT(*) FROM call_attempt")).isZero();
    }

    @Test
    void anOutcomeBeforeDiallingIsRefusedInPlace() {
        presenter("2025-03-11T10:00");
        db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        presenter.next();
        presenter.disposition(1);
        assertThat(view.notice.text()).isEqualTo("먼저 전화를 거세요. 통화 결과는 건 전화에 대해 기록합니다.");
        assertThat(db.count("SELECT COUNT(*) FROM call_attempt")).isZero();
    }

    @Test
    void aDoNotCallLeadOpenedFromTheListShowsWhyAndCannotBeDialled() {
        presenter("2025-03-11T10:00");
        long lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        db.services().doNotCallStore().add(db.phoneOf(lead), "manual", KIM);

        presenter.open(lead);
        assertThat(view.card.source()).isEqualTo("목록에서 연 DB");
        assertThat(view.card.caution()).isEqualTo("수신거부 번호입니다. 이 고객에게는 절대 전화할 수 없습니다.");
        assertThat(view.card.cautionTone()).isEqualTo(CallModels.Tone.ERROR);

        presenter.dial();
        assertThat(view.notice.tone()).isEqualTo(CallModels.Tone.ERROR);
        assertThat(view.notice.text()).isEqualTo("수신거부 목록에 있는 번호입니다. 절대 전화하면 안 됩니다.");
        assertThat(view.phase).isEqualTo(Phase.LEAD_SHOWN);
        assertThat(view.timerStartedAt).isNull();
    }

    @Test
    void outsideCallingHoursTheDialSaysWhenCallingOpens() {
        presenter("2025-03-11T08:30");
        long lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        presenter.next();
        assertThat(view.noLead).startsWith("지금 전화할 DB가 없습니다");

        presenter.open(lead);
        assertThat(view.card.hoursTone()).isEqualTo(CallModels.Tone.ERROR);
        presenter.dial();
        assertThat(view.notice.text()).isEqualTo("통화 가능 시간이 아닙니다 (다음 가능 시각 09:00).");
    }

    @Test
    void onSaturdayTheLeadCarriesTheWeekendWarning() {
        presenter("2025-03-15T11:00");
        db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        presenter.next();
        assertThat(view.card.hoursTone()).isEqualTo(CallModels.Tone.WARNING);
        assertThat(view.card.hours()).isEqualTo("주말 통화: 고객이 불쾌해할 수 있습니다. 18:00까지 가능합니다.");
        presenter.dial();
        assertThat(view.notice.tone()).isEqualTo(CallModels.Tone.WARNING);
        assertThat(view.notice.text()).startsWith("주말 통화");
    }

    @Test
    void contactsAndContractsReachTheShiftNumbers() {
        presenter("2025-03-11T10:00");
        long batch = db.batch(KIM, "2025-03-10T09:00");
        for (int i = 0; i < 3; i++) {
            db.lead(batch, KIM);
        }
        work(1, Duration.ofSeconds(20));
        work(5, Duration.ofSeconds(70));
        assertThat(view.shift.dials()).isEqualTo("2");
        assertThat(view.shift.contacts()).isEqualTo("1");
        assertThat(view.shift.contactRate()).isEqualTo("50%");
        assertThat(view.shift.talkTime()).isEqualTo("1:30");
        assertThat(view.shift.contracts()).isEqualTo("0");
    }

    @Test
    void aContractWaitsForItsFollowUpBeforeTheNextLead() {
        presenter("2025-03-11T10:00");
        long batch = db.batch(KIM, "2025-03-10T09:00");
        long first = db.lead(batch, KIM);
        db.lead(batch, KIM);
        presenter.next();
        presenter.dial();
        presenter.disposition(8);
        assertThat(followedUp).hasSize(1);
        assertThat(followedUp.get(0).disposition().code()).isEqualTo("CONTRACT");
        assertThat(followedUp.get(0).lead().id()).isEqualTo(first);
        assertThat(view.shift.contracts()).isEqualTo("1");
        presenter.next(); // pressed while the contract entry is open: waits for it
        assertThat(view.phase).isEqualTo(Phase.IDLE);

        followUpDone.run();
        assertThat(view.phase).isEqualTo(Phase.LEAD_SHOWN);
        assertThat(view.card.phone()).isNotEqualTo(db.phoneOf(first).national());
    }

    @Test
    void theCallbackKeyRecordsTheCallbackOutcomeAndOpensTheBooking() {
        presenter("2025-03-11T10:00");
        db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        presenter.next();
        presenter.dial();
        presenter.callback();
        assertThat(followedUp).extracting(o -> o.disposition().code()).containsExactly("CALLBACK");
        assertThat(db.count("SELECT COUNT(*) FROM call_attempt WHERE disposition = 'CALLBACK'")).isEqualTo(1);
    }

    private void work(int position, Duration talk) {
        presenter.next();
        presenter.dial();
        db.clock.advance(talk);
        presenter.disposition(position);
    }

    @Test
    void theContractKeyOnACustomerWithAnOpenContractWarnsFirstAndRecordsOnTheSecondPress() {
        presenter("2025-03-11T10:00");
        long lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        presenter.useContractGuard(id -> id == lead ? "이미 계약 1이 있습니다" : null);
        presenter.next();
        presenter.dial();

        presenter.disposition(8);
        assertThat(view.notice).isEqualTo(new CallModels.Notice(CallModels.Tone.WARNING, "이미 계약 1이 있습니다"));
        assertThat(followedUp).isEmpty();
        assertThat(db.count("SELECT COUNT(*) FROM call_attempt")).isZero();
        assertThat(view.phase).isEqualTo(Phase.IN_CALL);

        presenter.disposition(8);
        assertThat(followedUp).extracting(o -> o.disposition().code()).containsExactly("CONTRACT");
        assertThat(db.count("SELECT COUNT(*) FROM call_attempt WHERE disposition = 'CONTRACT'")).isEqualTo(1);
    }

    @Test
    void anotherOutcomeOnACustomerWithAnOpenContractIsNotHeldBack() {
        presenter("2025-03-11T10:00");
        long lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
        presenter.useContractGuard(id -> "이미 계약 1이 있습니다");
        presenter.next();
        presenter.dial();

        presenter.disposition(1);

        assertThat(db.count("SELECT COUNT(*) FROM call_attempt WHERE lead_id = " + lead)).isEqualTo(1);
    }
}

package dev.dialdesk.ui.calls.timeline;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.calls.DueCallbacks;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.leads.CustomerTimeline;
import dev.dialdesk.storage.jdbc.JdbcCustomerTimelineStore;
import dev.dialdesk.testing.ContractsFixture;
import dev.dialdesk.testing.ImmediateTasks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline and the QA re-recording card beside the call, on a real SQLite file and a Seoul clock. */
class TimelinePresenterTest {

    @TempDir
    Path dir;
    private ContractsFixture fixture;
    private ContractService contracts;
    private final Recorded view = new Recorded();
    private TimelinePresenter presenter;

    @BeforeEach
    void open() {
        fixture = new ContractsFixture(dir, "2026-03-10T10:00"); // a Tuesday
        contracts = fixture.service();
        CallService calls = fixture.db.services().callService();
        presenter = new TimelinePresenter(view, new CustomerTimeline(new JdbcCustomerTimelineStore(fixture.db.database)),
                contracts, calls::dispositions, d -> d.code(), new ImmediateTasks(),
                new TimelineTexts(Messages.forLocale(Locale.KOREAN), fixture.db.services().policies()::centreZone),
                fixture.db.clock, KIM);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A contract signed Monday 15:00 that QA sent back on Tuesday: re-record by Friday's end. */
    private Contract contractAwaitingReRecording() {
        Contract signed = fixture.contract(contracts, KIM, "2026-03-09T15:00");
        return contracts.requireReRecording(signed.id(), "고지 누락", LocalDate.parse("2026-03-10"), KIM);
    }

    private QueuedLead reRecordingCallbackOf(long leadId) {
        fixture.db.dueCallbacks.add(new DueCallbacks.DueCallback(leadId, fixture.db.seoul("2026-03-10T09:30"), true, false));
        return fixture.db.services().session(KIM).next().orElseThrow();
    }

    @Test
    void theReRecordingCallShowsItsContractDeadlineInTheCentreZoneAndTheCountdown() {
        Contract contract = contractAwaitingReRecording();

        presenter.leadShown(reRecordingCallbackOf(contract.leadId()));

        assertThat(view.reRecording.title()).isEqualTo("QA 보완녹취 콜");
        assertThat(view.reRecording.detail()).isEqualTo("계약 " + contract.id()
                + " (무배당 종신보험, 03-09 (월)): 03-13 (금) 24:00까지 재녹취 (Asia/Seoul), D-3 남음");
        assertThat(view.reRecording.urgent()).isFalse();
        assertThat(view.rows).extracting(TimelineModels.Row::what).startsWith(
                "계약 " + contract.id() + " QA 보완녹취 요청, 기한 03-13 (금)",
                "청약 " + contract.id() + ": 무배당 종신보험, 월 35,000원");

        fixture.db.clock.advance(Duration.ofDays(3).plusHours(4)); // Friday 14:00
        presenter.tick();
        assertThat(view.reRecording.detail()).endsWith("10시간 0분 남음");
        assertThat(view.reRecording.urgent()).isTrue();
    }

    @Test
    void theReRecordedKeyMarksTheContractAndTheTimelineSaysSo() {
        Contract contract = contractAwaitingReRecording();
        presenter.leadShown(reRecordingCallbackOf(contract.leadId()));
        fixture.db.clock.advance(Duration.ofMinutes(3));

        presenter.reRecorded();

        Contract now = contracts.find(contract.id());
        assertThat(now.state()).isEqualTo(QaState.RE_RECORDED);
        assertThat(now.qa().reRecordedAt()).isEqualTo(fixture.db.seoul("2026-03-10T10:03"));
        assertThat(view.message).isEqualTo("계약 " + contract.id() + "을(를) 재녹취 완료로 표시했습니다.");
        assertThat(view.problem).isFalse();
        assertThat(view.reRecording).isNull();
        assertThat(view.rows.get(0).what()).isEqualTo("계약 " + contract.id() + " 재녹취 완료");
    }

    @Test
    void aContractChangedElsewhereAfterItWasShownIsNotMarkedAndTheCardSaysWhy() {
        Contract contract = contractAwaitingReRecording();
        presenter.leadShown(reRecordingCallbackOf(contract.leadId()));
        contracts.reject(contract.id(), KIM); // the team lead's desk: QA rejected it meanwhile

        presenter.reRecorded();

        assertThat(contracts.find(contract.id()).state()).isEqualTo(QaState.RETURNED);
        assertThat(view.problem).isTrue();
        assertThat(view.message).startsWith("계약 " + contract.id() + "을(를) 재녹취 완료로 표시하지 못했습니다: ")
                .contains("반송");
        assertThat(view.reRecording).isNull();
    }

    @Test
    void theReRecordedKeyOnACustomerWithoutAnOpenReRecordingSaysSoAndChangesNothing() {
        long lead = fixture.lead();
        presenter.leadShown(fixture.db.services().session(KIM).open(lead));

        presenter.reRecorded();

        assertThat(view.message).isEqualTo("화면의 고객에게 남은 QA 보완녹취가 없습니다.");
        assertThat(view.problem).isTrue();
        assertThat(fixture.db.count("SELECT count(*) FROM contract")).isZero();
    }

    @Test
    void theContractKeyIsWarnedOnACustomerWithAnOpenContractButNotOnANewOne() {
        Contract contract = fixture.contract(contracts, KIM, "2026-03-09T15:00");
        long fresh = fixture.lead();

        presenter.leadShown(fixture.db.services().session(KIM).open(contract.leadId()));
        assertThat(presenter.secondContractWarning(contract.leadId())).isEqualTo("이 고객은 이미 진행 중인 계약 "
                + contract.id() + " (무배당 종신보험, 03-09 (월))이 있습니다. 그래도 두 번째 계약을 기록하려면 청약 키를 한 번 더 누르세요.");
        assertThat(view.reRecording).isNull();

        presenter.leadShown(fixture.db.services().session(KIM).open(fresh));
        assertThat(presenter.secondContractWarning(fresh)).isNull();
        assertThat(presenter.secondContractWarning(contract.leadId())).as("another lead's timeline is not asked").isNull();
    }

    @Test
    void aCancelledContractNoLongerWarns() {
        Contract contract = fixture.contract(contracts, KIM, "2026-03-09T15:00");
        contracts.cancel(contract.id(), KIM);

        presenter.leadShown(fixture.db.services().session(KIM).open(contract.leadId()));

        assertThat(presenter.secondContractWarning(contract.leadId())).isNull();
        assertThat(view.rows.get(0).what()).isEqualTo("계약 " + contract.id() + " 취소");
        assertThat(view.rows.get(0).loud()).isTrue();
    }

    private static final class Recorded implements TimelineView {
        String title;
        List<TimelineModels.Row> rows = new ArrayList<>();
        String message;
        boolean problem;
        TimelineModels.ReRecording reRecording;

        @Override
        public void showTimeline(String text, List<TimelineModels.Row> shown) {
            title = text;
            rows = shown;
        }

        @Override
        public void showMessage(String text, boolean isProblem) {
            message = text;
            problem = isProblem;
        }

        @Override
        public void showReRecording(TimelineModels.ReRecording shown) {
            reRecording = shown;
        }
    }
}

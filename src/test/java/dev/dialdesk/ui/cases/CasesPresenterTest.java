package dev.dialdesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.cases.OpenCaseRequest;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CasesFixture;
import dev.dialdesk.testing.HeldTasks;
import dev.dialdesk.testing.ImmediateTasks;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cases screen's logic without a display: real services on a real file, a view that answers. */
class CasesPresenterTest {

    @TempDir
    Path dir;
    private CasesFixture f;
    private CasesPresenter presenter;
    private final View view = new View();
    private final List<Long> calledLeads = new ArrayList<>();
    private final List<PhoneNumber> dialled = new ArrayList<>();
    private long customer;
    private CaseActions actions;

    @BeforeEach
    void setUp() throws Exception {
        f = new CasesFixture(dir, "2026-12-01T09:10");
        f.importContacts();
        customer = f.loop.lead(f.loop.batch(CallLoopFixture.KIM, "2026-11-30T09:00"), CallLoopFixture.KIM);
        actions = new CaseActions() {
            @Override
            public void callLead(long leadId) {
                calledLeads.add(leadId);
            }

            @Override
            public void dialInternal(PhoneNumber number) {
                dialled.add(number);
            }

            @Override
            public void snoozeCallback(long callbackId) {
            }

            @Override
            public String moveCallback(long callbackId, Instant due) {
                return null;
            }
        };
        presenter = presenterOn(new ImmediateTasks());
        presenter.attach(view);
    }

    private CasesPresenter presenterOn(dev.dialdesk.ui.common.TaskRunner tasks) {
        Messages messages = Messages.forLocale(Locale.KOREAN);
        return new CasesPresenter(f.cases.cases(), f.cases.inbox(), f.cases.today(), f.cases.contacts(), actions,
                new CaseTexts(messages, f.cases.cases()::zone, f.cases.cases()::now), tasks,
                e -> e instanceof UserFacingException u ? messages.get(u.userMessage()) : e.toString(),
                CallLoopFixture.KIM);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private FollowUpCase openCase() {
        view.newCase = new OpenCaseRequest(customer, null, null, "세탁기 고장", "", f.cases.cases().templates().get(0).id(),
                null);
        presenter.newCase(customer, "홍길동");
        return view.shown.cases().get(0);
    }

    @Test
    void callingProductionDialsTheContactMarksTheStepAskedAndTheAnswerProposesMaterials() {
        FollowUpCase c = openCase();
        presenter.call(c, c.steps().get(0));
        InternalContact production = f.cases.contacts().ofTeam("생산팀").orElseThrow();
        assertThat(dialled).containsExactly(production.phone());
        assertThat(view.message).startsWith("생산팀에 전화 중");
        FollowUpCase asked = view.shown.cases().get(0);
        view.answer = new CasesView.Answer("3주, 부품 먼저", false);
        presenter.answer(asked, asked.steps().get(0));
        assertThat(view.message).contains("다음: 09:10 자재팀: 부품은 언제 들어오나요?");
    }

    @Test
    void aSlowLoadFromBeforeTheAnswerNeverPutsTheOldCaseBackSoClosingItIsNotRefused() {
        FollowUpCase c = openCase();
        HeldTasks late = HeldTasks.outcomesOnly();
        View screen = new View();
        CasesPresenter busy = presenterOn(late);
        busy.attach(screen);
        busy.refresh(); // the minute timer's load: it read the case before the answer, and comes back last
        presenter.asked(c, c.steps().get(0));
        busy.refresh(); // the reload after the answer
        late.runNewest();
        late.runOldest();
        FollowUpCase onScreen = screen.shown.cases().get(0);
        assertThat(onScreen.steps().get(0).state()).isEqualTo(dev.dialdesk.domain.cases.StepState.ASKED);
        assertThat(screen.loads).as("the older load is dropped").isEqualTo(1);
        screen.closeDone = true;
        busy.close(onScreen);
        late.runAll();
        assertThat(f.cases.cases().get(c.id()).state()).isEqualTo(dev.dialdesk.domain.cases.CaseState.DONE);
        assertThat(late.reported).isEmpty();
    }

    @Test
    void replanningIntoLunchSaysWhenProductionAnswersAgain() {
        FollowUpCase c = openCase();
        view.due = f.loop.seoul("2026-12-01T12:15");
        presenter.replan(c, c.steps().get(0));
        assertThat(view.message).contains("생산팀은(는) 그때 점심시간입니다: 13:00에 다시 받습니다.");
        assertThat(view.shown.today()).anyMatch(i -> i.dueAt().equals(f.loop.seoul("2026-12-01T13:00")));
    }

    @Test
    void aStaleCaseIsSaidInWordsAndTheScreenReloads() {
        FollowUpCase stale = openCase();
        presenter.asked(stale, stale.steps().get(0));
        int loads = view.loads;
        presenter.finish(stale, stale.steps().get(0), dev.dialdesk.domain.cases.StepState.SKIPPED);
        assertThat(view.message).startsWith("화면에 보인 뒤 다른 사람이 이 건");
        assertThat(view.loads).isGreaterThan(loads);
    }

    @Test
    void theCustomerStepGoesToTheCallScreenAndAnUnknownCallerIsExplained() {
        FollowUpCase c = openCase();
        CaseStep customerStep = c.steps().get(4);
        presenter.call(c, customerStep);
        assertThat(calledLeads).containsExactly(customer);
        view.sms = "010-4444-0000님이 전화하셨습니다 09:05";
        presenter.pasteSms();
        presenter.callBack(view.shown.returnCalls().get(0));
        assertThat(view.message).isEqualTo("010-4444-0000은(는) 리드도 연락처도 아닙니다: 이 번호로 새 건을 열거나"
                + "(Alt+Shift+N) 통화 화면에서 거세요.");
    }

    @Test
    void aContactTypedInTheWindowJoinsTheBookAndALaterEditMovesItsLunch() {
        view.contact = all -> new CasesView.ContactEntry(null, "한품질", "품질팀", "02-555-1004", "", "12:30-13:30");
        presenter.editContact();
        assertThat(view.message).isEqualTo("연락처 한품질 (품질팀)을(를) 저장했습니다.");
        InternalContact quality = f.cases.contacts().ofTeam("품질팀").orElseThrow();
        assertThat(quality.hours().start()).isEqualTo(java.time.LocalTime.of(9, 0));
        assertThat(quality.hours().lunchStart()).isEqualTo(java.time.LocalTime.of(12, 30));

        view.contact = all -> new CasesView.ContactEntry(all.stream().filter(k -> k.team().equals("품질팀")).findFirst()
                .orElseThrow(), "한품질", "품질팀", "02-555-1004", "08:30-17:30", "11:30-12:30");
        presenter.editContact();
        assertThat(view.offered).hasSize(4);
        InternalContact edited = f.cases.contacts().find(quality.id()).orElseThrow();
        assertThat(edited.hours()).isEqualTo(new dev.dialdesk.domain.cases.WorkingHours(java.time.LocalTime.of(8, 30),
                java.time.LocalTime.of(17, 30), java.time.LocalTime.of(11, 30), java.time.LocalTime.of(12, 30)));
        assertThat(f.cases.contacts().all()).hasSize(4);
    }

    @Test
    void aContactChangedByAnotherDeskMeanwhileIsNotOverwritten() {
        InternalContact shown = f.cases.contacts().ofTeam("생산팀").orElseThrow();
        f.cases.contacts().saveTyped(shown, new dev.dialdesk.service.cases.ContactFileReader.Row(0, "박생산", "생산팀",
                "02-555-1009", "", "12:00-13:00"));
        view.contact = all -> new CasesView.ContactEntry(shown, "박생산", "생산팀", "02-555-1001", "", "");
        presenter.editContact();
        assertThat(view.message).startsWith("화면에 보인 뒤 다른 사람이 이 건");
        assertThat(f.cases.contacts().find(shown.id()).orElseThrow().phone().national()).isEqualTo("02-555-1009");
    }

    @Test
    void aTypedNumberThatIsNoNumberIsSaidWithoutAFileOrLine() {
        view.contact = all -> new CasesView.ContactEntry(null, "한품질", "품질팀", "내선 없음", "", "");
        presenter.editContact();
        assertThat(view.message).isEqualTo("전화번호가 없거나 번호가 아닙니다. 02-123-4567처럼 입력하세요.");
        assertThat(f.cases.contacts().ofTeam("품질팀")).isEmpty();
    }

    @Test
    void aSecondTemplateIsAddedAndThenEditedWhileTheRepairTemplateStaysAsItWas() {
        CaseTemplate repair = f.cases.cases().templates().get(0);
        view.template = all -> new CasesView.TemplateEntry(null, "배송 재약속", "배송|배송 시간을 다시 잡아 주세요|0\n고객|새 배송 시간 안내|30");
        presenter.editTemplate();
        assertThat(view.message).contains("배송 재약속");
        view.template = all -> new CasesView.TemplateEntry(all.get(1), "배송 재약속", "배송|배송 시간을 다시 잡아 주세요|0\n고객|새 배송 시간 안내|60");
        presenter.editTemplate();
        List<CaseTemplate> saved = f.cases.cases().templates();
        assertThat(saved).hasSize(2);
        assertThat(saved.get(0).stepsText()).isEqualTo(repair.stepsText());
        assertThat(saved.get(1).steps()).extracting(CaseTemplate.Step::delay)
                .containsExactly(java.time.Duration.ZERO, java.time.Duration.ofMinutes(60));
    }

    @Test
    void aTemplateLineWithAWrongDelayOrATakenNameIsRefusedInWords() {
        view.template = all -> new CasesView.TemplateEntry(null, "배송 재약속", "배송|언제요?|0\n고객|안내|한 시간");
        presenter.editTemplate();
        assertThat(view.message).contains("2").contains("고객|안내|한 시간");
        String repair = f.cases.cases().templates().get(0).name();
        view.template = all -> new CasesView.TemplateEntry(null, repair, "고객|안내|0");
        presenter.editTemplate();
        assertThat(view.message).contains(repair);
        assertThat(f.cases.cases().templates()).hasSize(1);
    }

    /** Answers the dialogs with what the test set. */
    private static final class View implements CasesView {
        CasesSnapshot shown;
        String message = "";
        int loads;
        OpenCaseRequest newCase;
        Answer answer;
        Boolean closeDone;
        Instant due;
        String sms;
        java.util.function.Function<List<InternalContact>, ContactEntry> contact;
        List<InternalContact> offered = List.of();
        java.util.function.Function<List<CaseTemplate>, TemplateEntry> template;

        @Override
        public void show(CasesSnapshot snapshot) {
            shown = snapshot;
            loads++;
        }

        @Override
        public void showMessage(String text) {
            message = text;
        }

        @Override
        public Optional<Answer> askAnswer(CaseStep step) {
            return Optional.ofNullable(answer);
        }

        @Override
        public Optional<Instant> askDue(Instant current) {
            return Optional.ofNullable(due);
        }

        @Override
        public Optional<OpenCaseRequest> askNewCase(Long leadId, String customer, List<CaseTemplate> templates) {
            return Optional.ofNullable(newCase);
        }

        @Override
        public Optional<NewStep> askNewStep(FollowUpCase c, List<InternalContact> contacts) {
            return Optional.empty();
        }

        @Override
        public Optional<String> askNumber() {
            return Optional.empty();
        }

        @Override
        public Optional<String> askSms() {
            return Optional.ofNullable(sms);
        }

        @Override
        public Optional<ContactEntry> askContact(List<InternalContact> contacts) {
            offered = contacts;
            return Optional.ofNullable(contact == null ? null : contact.apply(contacts));
        }

        @Override
        public Optional<TemplateEntry> askTemplate(List<CaseTemplate> templates) {
            return Optional.ofNullable(template == null ? null : template.apply(templates));
        }

        @Override
        public Optional<Boolean> askClose(FollowUpCase c) {
            return Optional.ofNullable(closeDone);
        }
    }
}

package dev.dialdesk.service.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.cases.CasePromise;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.PartyKind;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.cases.StepMove;
import dev.dialdesk.domain.cases.StepState;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CasesFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases, contacts and the inbox on a real SQLite file, on a pinned clock in Seoul. */
class FollowUpChainServiceTest {

    @TempDir
    Path dir;
    private CasesFixture f;
    private long customer;

    @BeforeEach
    void setUp() throws Exception {
        f = new CasesFixture(dir, "2026-12-01T09:10");
        f.importContacts();
        long batch = f.loop.batch(CallLoopFixture.KIM, "2026-11-30T09:00");
        customer = f.loop.lead(batch, CallLoopFixture.KIM);
        f.loop.lead(batch, CallLoopFixture.KIM);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private CaseChange openRepair() {
        long template = f.cases.cases().templates().get(0).id();
        return f.cases.cases().open(CallLoopFixture.KIM, new OpenCaseRequest(customer, null, null, "세탁기 고장",
                "탈수 안 됨", template, new CasePromise("수리 일정 안내", f.loop.seoul("2026-12-01T17:00"))));
    }

    @Test
    void aCaseOpenedFromTheCustomerOnScreenStartsTheRepairChainWithTheContactsOfEachTeam() {
        FollowUpCase c = openRepair().followUp();
        FollowUpCase stored = f.cases.cases().get(c.id());
        assertThat(stored.customerName()).isEqualTo("홍길동");
        assertThat(stored.steps()).extracting(s -> s.party().name())
                .containsExactly("생산팀", "자재팀", "생산팀", "배송", "");
        assertThat(stored.steps().get(0).party().contactId()).isNotNull();
        assertThat(stored.steps().get(4).party().kind()).isEqualTo(PartyKind.CUSTOMER);
        assertThat(stored.promise().due()).isEqualTo(f.loop.seoul("2026-12-01T17:00"));
    }

    @Test
    void answeringProposesTheNextStepAndLunchPushesProductionToOne() {
        FollowUpCase c = openRepair().followUp();
        CaseChange first = f.cases.cases().answer(c, c.steps().get(0).id(), "3주, 부품 먼저 (자재팀에 물어보세요)", false);
        assertThat(first.next()).map(CaseStep::position).contains(2);
        f.loop.clock.set("2026-12-01T12:05");
        CaseChange second = f.cases.cases().answer(first.followUp(), first.followUp().steps().get(1).id(),
                "12월 4일 입고", false);
        assertThat(second.next()).hasValueSatisfying(s -> {
            assertThat(s.position()).isEqualTo(3);
            assertThat(s.dueAt()).isEqualTo(f.loop.seoul("2026-12-01T13:00"));
        });
        assertThat(second.moves()).anyMatch(m -> m.reason() == StepMove.Reason.AFTER_LUNCH);
        assertThat(f.cases.cases().get(c.id()).steps().get(1).givenDate()).hasToString("2026-12-04");
    }

    @Test
    void aStaleCaseIsAConflictInWordsAndNothingIsWritten() {
        FollowUpCase stale = openRepair().followUp();
        f.cases.cases().asked(stale, stale.steps().get(0).id());
        assertThatThrownBy(() -> f.cases.cases().answer(stale, stale.steps().get(0).id(), "3주", false))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).userMessage()).isEqualTo(new Message("cases.error.conflict"));
        FollowUpCase now = f.cases.cases().get(stale.id());
        assertThat(now.steps().get(0).state()).isEqualTo(StepState.ASKED);
        assertThat(now.state()).isEqualTo(CaseState.WAITING);
    }

    @Test
    void replanningTheDeliveryMovesTheCustomerCallWithIt() {
        FollowUpCase c = openRepair().followUp();
        CaseStep delivery = c.steps().get(3);
        CaseChange change = f.cases.cases().replan(c, delivery.id(), delivery.dueAt().plus(Duration.ofHours(2)));
        assertThat(change.moves()).anyMatch(m -> m.position() == 5 && m.reason() == StepMove.Reason.FOLLOWS_DEPENDENCY);
        assertThat(f.cases.cases().get(c.id()).steps().get(4).dueAt())
                .isEqualTo(c.steps().get(4).dueAt().plus(Duration.ofHours(2)));
    }

    @Test
    void missedCallsOfOneNumberAreOneReturnCallMatchedToTheOpenCaseAndDoneWhenACallIsLogged() throws Exception {
        FollowUpCase c = openRepair().followUp();
        String number = f.loop.phoneOf(customer).national();
        f.cases.inbox().importFile(f.file("missed.csv", "발신번호,수신시간,이름\n" + number + ",2026-12-01 07:02,\n"
                + "02-555-1003,2026-12-01 08:15,배송\n", true));
        f.cases.inbox().addSms(number + "님이 전화하셨습니다 08:40");
        f.cases.inbox().addTyped("010-7777-1234");
        List<ReturnCall> calls = f.cases.inbox().returnCalls();
        assertThat(calls).extracting(ReturnCall::count).containsExactly(2, 1, 1);
        assertThat(calls.get(0).match().kind()).isEqualTo(ReturnCall.Match.Kind.CASE);
        assertThat(calls.get(0).match().caseId()).isEqualTo(c.id());
        assertThat(calls.get(1).match().kind()).isEqualTo(ReturnCall.Match.Kind.CONTACT);
        assertThat(calls.get(2).match().kind()).isEqualTo(ReturnCall.Match.Kind.UNKNOWN);
        assertThat(calls.get(0).age(f.loop.clock.instant())).isEqualTo(Duration.ofMinutes(128));

        // The same export again adds nothing.
        assertThat(f.cases.inbox().importFile(dir.resolve("missed.csv"))).isZero();

        QueuedLead next = f.calls().workQueue().next(CallLoopFixture.KIM).orElseThrow();
        assertThat(next.tier()).isEqualTo(QueuedLead.Tier.RETURN_CALL);
        assertThat(next.leadId()).isEqualTo(customer);
        ActiveCall call = f.calls().callService().startCall(CallLoopFixture.KIM, customer);
        f.calls().callService().record(call, "NO_ANSWER", "");
        assertThat(f.cases.inbox().returnCalls()).extracting(ReturnCall::count).containsExactly(1, 1);
        assertThat(f.calls().workQueue().next(CallLoopFixture.KIM).orElseThrow().tier()).isEqualTo(QueuedLead.Tier.NEW);
    }

    @Test
    void aBadLineInTheContactFileRefusesTheWholeFileNamingTheLine() throws Exception {
        Path bad = f.file("bad.csv", "이름,팀,연락처\n김,배송,02-555-2001\n이,자재팀,없음\n", false);
        assertThatThrownBy(() -> f.cases.contacts().importFile(bad)).isInstanceOf(ImportFailedException.class)
                .extracting(e -> ((ImportFailedException) e).userMessage())
                .isEqualTo(new Message("cases.contacts.error.phone", "bad.csv", 3L));
        assertThat(f.cases.contacts().all()).extracting(InternalContact::name).doesNotContain("김");
    }

    @Test
    void theCallScreenFindsTheCaseAndTheStepOfTheContactItCalls() {
        FollowUpCase c = openRepair().followUp();
        InternalContact production = f.cases.contacts().ofTeam("생산팀").orElseThrow();
        assertThat(f.cases.cases().forCall(production.phone())).hasValueSatisfying(ctx -> {
            assertThat(ctx.followUp().id()).isEqualTo(c.id());
            assertThat(ctx.step().position()).isEqualTo(1);
        });
        assertThat(f.cases.cases().forCall(f.loop.phoneOf(customer))).hasValueSatisfying(ctx ->
                assertThat(ctx.step()).isNull());
    }

    @Test
    void theTeamLeadSeesPromisesKeptAndBrokenAndTheMedianTimeToClose() {
        FollowUpCase kept = openRepair().followUp();
        FollowUpCase late = openRepair().followUp();
        openRepair();
        f.loop.clock.set("2026-12-01T16:10");
        f.cases.cases().close(kept, CaseState.DONE);
        f.loop.clock.set("2026-12-01T18:10");
        f.cases.cases().close(f.cases.cases().get(late.id()), CaseState.DONE);
        List<CaseStats.Line> lines = f.cases.stats().lines(f.loop.seoul("2026-12-01T00:00"), f.loop.seoul("2026-12-02T00:00"));
        CaseStats.Line team = lines.get(lines.size() - 1);
        assertThat(team.promisesKept()).isEqualTo(1);
        assertThat(team.promisesBroken()).isEqualTo(2); // closed late, and one still open past 17:00
        assertThat(team.open()).isEqualTo(1);
        assertThat(team.medianToClose()).isEqualTo(Duration.ofMinutes(480));
        assertThat(team.stepsOverdue()).isEqualTo(1);
    }
}

package dev.dialdesk.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.testing.TestClocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chain of the broken machine: production, materials, production, delivery, customer. */
class ChainRulesTest {

    private static final WorkingHours PRODUCTION_HOURS = WorkingHours.OFFICE;
    private static final Party PRODUCTION = new Party(PartyKind.CONTACT, 1L, "생산팀");
    private static final Party MATERIALS = new Party(PartyKind.CONTACT, 2L, "자재팀");
    private static final Party DELIVERY = new Party(PartyKind.CONTACT, 3L, "배송");
    private final ChainRules rules = new ChainRules(
            party -> party.contactId() == null ? Optional.empty() : Optional.ofNullable(Map.of(1L, PRODUCTION_HOURS, 2L, PRODUCTION_HOURS, 3L,
                    new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0), null, null)).get(party.contactId())),
            TestClocks.SEOUL);

    private static Instant seoul(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(TestClocks.SEOUL).toInstant();
    }

    private static FollowUpCase repairCase() {
        List<CaseStep> steps = List.of(
                CaseStep.planned(1, PRODUCTION, "수리 기간?", seoul("2026-12-01T09:10"), List.of(), Duration.ZERO),
                CaseStep.planned(2, MATERIALS, "부품 입고일?", seoul("2026-12-01T09:40"), List.of(1), Duration.ofMinutes(30)),
                CaseStep.planned(3, PRODUCTION, "수리 완료일?", seoul("2026-12-01T10:10"), List.of(2), Duration.ofMinutes(30)),
                CaseStep.planned(4, DELIVERY, "배송 시간", seoul("2026-12-01T10:40"), List.of(3), Duration.ofMinutes(30)),
                CaseStep.planned(5, Party.customer(), "확인", seoul("2026-12-01T11:10"), List.of(4), Duration.ZERO));
        List<CaseStep> stored = steps.stream().map(s -> s.stored(s.position() * 10L, 7, 1)).toList();
        return new FollowUpCase(7, new AgentId("A1024"), 42L, PhoneNumber.ofE164("+821012345678"), "홍길동",
                "세탁기 고장", "", CaseState.OPEN, null, seoul("2026-12-01T09:10"), null, 1, stored);
    }

    @Test
    void onlyTheFirstStepIsReadyUntilItIsAnswered() {
        FollowUpCase c = repairCase();
        assertThat(ChainRules.ready(c)).extracting(CaseStep::position).containsExactly(1);
        assertThat(ChainRules.next(c)).map(CaseStep::position).contains(1);
    }

    @Test
    void anAskedStepMakesTheCaseWaitOnThatPartySinceTheQuestion() {
        FollowUpCase c = repairCase();
        FollowUpCase asked = c.withSteps(List.of(c.step(1).orElseThrow().asked(seoul("2026-12-01T09:12"))));
        assertThat(ChainRules.openState(asked)).isEqualTo(CaseState.WAITING);
        assertThat(ChainRules.waitingOn(asked)).hasValueSatisfying(w -> {
            assertThat(w.step().party().name()).isEqualTo("생산팀");
            assertThat(w.since()).isEqualTo(seoul("2026-12-01T09:12"));
        });
    }

    @Test
    void replanningAStepMovesEveryStepWaitingOnItByTheSameAmountAndSaysSo() {
        ChainRules.Change change = rules.replan(repairCase(), 2, seoul("2026-12-01T10:40"));
        assertThat(change.steps()).extracting(CaseStep::position).containsExactly(2, 3, 4, 5);
        assertThat(change.moves()).filteredOn(m -> m.reason() == StepMove.Reason.FOLLOWS_DEPENDENCY)
                .extracting(StepMove::position).containsExactly(3, 4, 5);
        assertThat(change.steps().get(3).dueAt()).isEqualTo(seoul("2026-12-01T12:10"));
        assertThat(change.steps()).noneMatch(s -> s.position() == 1);
    }

    @Test
    void aStepDueInTheLunchBreakIsOfferedAfterIt() {
        // Re-planning production to 12:10: nobody answers there at lunch, so it comes at 13:00.
        ChainRules.Change change = rules.replan(repairCase(), 3, seoul("2026-12-01T12:10"));
        assertThat(change.steps().get(0).dueAt()).isEqualTo(seoul("2026-12-01T13:00"));
        assertThat(change.moves()).anySatisfy(m -> {
            assertThat(m.reason()).isEqualTo(StepMove.Reason.AFTER_LUNCH);
            assertThat(m.to()).isEqualTo(seoul("2026-12-01T13:00"));
        });
    }

    @Test
    void anAnswerReleasesTheNextStepDueItsDelayAfterTheAnswer() {
        ChainRules.Change change = rules.answer(repairCase(), 1, "3주, 부품이 먼저 와야 함", seoul("2026-12-01T09:20"), false);
        CaseStep answered = change.steps().get(0);
        assertThat(answered.state()).isEqualTo(StepState.ANSWERED);
        assertThat(answered.givenDate()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(change.steps().get(1).position()).isEqualTo(2);
        assertThat(change.steps().get(1).dueAt()).isEqualTo(seoul("2026-12-01T09:50"));
    }

    @Test
    void aGivenDateInTheAnswerCanSetTheDependantsDueTime() {
        FollowUpCase c = repairCase();
        c = c.withSteps(List.of(c.step(1).orElseThrow().answered("3 weeks", seoul("2026-12-01T09:20"), null)));
        ChainRules.Change change = rules.answer(c, 2, "parts on 12-04", seoul("2026-12-01T11:00"), true);
        assertThat(change.steps().get(0).givenDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        // Due 30 min after the parts date's opening, 09:00.
        assertThat(change.steps().get(1).dueAt()).isEqualTo(seoul("2026-12-04T09:30"));
        assertThat(change.moves()).anyMatch(m -> m.reason() == StepMove.Reason.FROM_GIVEN_DATE);
    }

    @Test
    void anAnswerAtLunchTimeProposesTheNextProductionCallAtOne() {
        FollowUpCase c = repairCase();
        c = c.withSteps(List.of(c.step(1).orElseThrow().answered("3 weeks", seoul("2026-12-01T09:20"), null)));
        ChainRules.Change change = rules.answer(c, 2, "12/4", seoul("2026-12-01T11:50"), false);
        assertThat(change.steps().get(1).dueAt()).isEqualTo(seoul("2026-12-01T13:00"));
    }

    @Test
    void aStepBeforeOpeningIsOfferedAtOpeningAndAfterClosingTheNextMorning() {
        WorkingHours hours = WorkingHours.OFFICE;
        assertThat(hours.nextAnswering(seoul("2026-12-01T07:00"), TestClocks.SEOUL).at()).isEqualTo(seoul("2026-12-01T09:00"));
        assertThat(hours.nextAnswering(seoul("2026-12-01T19:00"), TestClocks.SEOUL).at()).isEqualTo(seoul("2026-12-02T09:00"));
        assertThat(hours.nextAnswering(seoul("2026-12-01T14:00"), TestClocks.SEOUL).shift()).isEqualTo(WorkingHours.Shift.NONE);
    }

    @Test
    void answersNameDatesEveryWayTheFloorWritesThem() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(AnswerDates.find("부품 12월 4일 입고", today)).contains(LocalDate.of(2026, 12, 4));
        assertThat(AnswerDates.find("parts on 12-04", today)).contains(LocalDate.of(2026, 12, 4));
        assertThat(AnswerDates.find("11/20 예정", today)).contains(LocalDate.of(2027, 11, 20));
        assertThat(AnswerDates.find("2026-12-18", today)).contains(LocalDate.of(2026, 12, 18));
        assertThat(AnswerDates.find("10일 후", today)).contains(LocalDate.of(2026, 12, 11));
        assertThat(AnswerDates.find("call 010-1234-5678 at 13:00", today)).isEmpty();
        assertThat(AnswerDates.find("모름", today)).isEmpty();
    }

    @Test
    void aTemplatePlansALinearChainWithItsDelays() {
        CaseTemplate template = new CaseTemplate(1, "A/S", CaseTemplate.parseSteps(
                "생산팀|수리 기간?|0\n자재팀|부품?|30\ncustomer|확인|60\n"), 1);
        List<CaseStep> steps = template.plan(seoul("2026-12-01T09:10"), team -> Optional.empty());
        assertThat(steps).extracting(CaseStep::waitsOn).containsExactly(List.of(), List.of(1), List.of(2));
        assertThat(steps.get(2).party().isCustomer()).isTrue();
        assertThat(steps.get(2).dueAt()).isEqualTo(seoul("2026-12-01T10:40"));
        assertThat(template.stepsText()).startsWith("생산팀|수리 기간?|0\n");
    }

    @Test
    void aCatchCallSmsGivesTheNumberAndTheTime() {
        assertThat(CatchCallSms.read("010-1234-5678님이 전화하셨습니다 14:05", LocalDate.of(2026, 12, 1)))
                .hasValueSatisfying(n -> {
                    assertThat(n.number()).isEqualTo("010-1234-5678");
                    assertThat(n.time()).isEqualTo(LocalTime.of(14, 5));
                    assertThat(n.day()).isEqualTo(LocalDate.of(2026, 12, 1));
                });
        assertThat(CatchCallSms.read("[캐치콜] 01098765432 11/30 21:40", LocalDate.of(2026, 12, 1)))
                .hasValueSatisfying(n -> assertThat(n.day()).isEqualTo(LocalDate.of(2026, 11, 30)));
        assertThat(CatchCallSms.read("전화 왔었어요", LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void aPromiseIsKeptWhenTheCaseClosesByItsTime() {
        CasePromise promise = new CasePromise("수리 일정 안내", seoul("2026-12-01T17:00"));
        assertThat(promise.keptBy(seoul("2026-12-01T16:00"))).isTrue();
        assertThat(promise.keptBy(seoul("2026-12-01T17:01"))).isFalse();
        assertThat(promise.urgency(seoul("2026-12-01T14:00"))).isEqualTo(dev.dialdesk.domain.Urgency.CRITICAL);
    }
}

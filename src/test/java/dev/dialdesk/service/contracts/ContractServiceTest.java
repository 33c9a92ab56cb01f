package dev.dialdesk.service.contracts;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.contracts.QaDeadlineRule;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.contracts.RefusedTransitionException;
import dev.dialdesk.domain.contracts.ReturnReason;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.testing.ContractsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractServiceTest {

    @TempDir
    Path dir;
    private ContractsFixture fx;
    private ContractService service;

    @BeforeEach
    void setUp() {
        fx = new ContractsFixture(dir, "2012-11-20T15:00");
        service = fx.service();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void contractOnTuesdayMustBeReRecordedBeforeSundayMidnight() {
        Contract contract = fx.contract(service, KIM, "2012-11-20T14:30");
        assertThat(service.deadline(contract.id()))
                .isEqualTo(ZonedDateTime.parse("2012-11-25T00:00+09:00[Asia/Seoul]"));
        assertThat(contract.state()).isEqualTo(QaState.AWAITING_QA);
        assertThat(contract.afterSale().happyCall()).isEqualTo(HappyCall.PENDING);
    }

    @Test
    void businessDaysSkipTheWeekendAndAHolidayImportedIntoTheHolidayList() throws Exception {
        fx.db.settings.set(ContractSettingKeys.QA_DEADLINE_COUNTING, QaDeadlineRule.Counting.BUSINESS);
        Path holidays = dir.resolve("holidays.csv");
        Files.writeString(holidays, "2012-11-26\n");
        fx.db.services().holidays().importFile(holidays);
        // Tuesday 20: Wed 21, Thu 22, Fri 23, (Sat, Sun, holiday Mon 26), Tue 27.
        Contract contract = fx.contract(fx.service(), KIM, "2012-11-20T14:30");
        assertThat(contract.qa().deadline()).isEqualTo(fx.db.seoul("2012-11-28T00:00"));
    }

    @Test
    void inNoticeModeTheDeadlineCountsFromTheDayQaGaveNotice() {
        fx.db.settings.set(ContractSettingKeys.QA_DEADLINE_START, QaDeadlineRule.Start.QA_NOTICE_DATE);
        fx.db.settings.set(ContractSettingKeys.QA_DEADLINE_END, QaDeadlineRule.End.END_OF_OFFICE_HOURS);
        fx.db.settings.set(ContractSettingKeys.QA_OFFICE_CLOSE, "18:30");
        ContractService noticeMode = fx.service();
        Contract contract = fx.contract(noticeMode, KIM, "2012-11-20T14:30");
        Contract flagged = noticeMode.requireReRecording(contract.id(), "녹취 불량", LocalDate.parse("2012-11-22"), KIM);
        assertThat(flagged.qa().deadline()).isEqualTo(fx.db.seoul("2012-11-26T18:30"));
    }

    @Test
    void inACentreWithDaylightSavingTheDeadlineIsTheEndOfTheLocalDay() {
        ZoneId newYork = ZoneId.of("America/New_York");
        fx.db.settings.set(dev.dialdesk.service.settings.SettingKeys.CENTRE_ZONE, newYork);
        fx.db.clock.set("2026-03-06T12:00");
        ContractService dst = fx.service();
        // Thursday 5 March 2026, 10:00 EST; spring forward on Sunday 8 March.
        Contract contract = dst.createFromCall(null, fx.lead(), KIM, "Term life", 50_000,
                ZonedDateTime.parse("2026-03-05T10:00-05:00[America/New_York]").toInstant(), "", "");
        assertThat(dst.deadline(contract.id())).isEqualTo(
                ZonedDateTime.parse("2026-03-10T00:00-04:00[America/New_York]"));
    }

    @Test
    void anOverdueReRecordingIsReturnedAtTheMinuteTheDeadlinePasses() {
        Contract contract = fx.contract(service, KIM, "2012-11-20T14:30");
        service.requireReRecording(contract.id(), "녹취 불량", LocalDate.parse("2012-11-21"), KIM);
        fx.db.clock.set("2012-11-24T23:59");
        assertThat(service.expireOverdue()).isEmpty();
        assertThat(service.find(contract.id()).state()).isEqualTo(QaState.RE_RECORDING_REQUIRED);

        fx.db.clock.advance(Duration.ofMinutes(1));
        assertThat(service.expireOverdue()).extracting(Contract::id).containsExactly(contract.id());

        Contract returned = service.find(contract.id());
        assertThat(returned.state()).isEqualTo(QaState.RETURNED);
        assertThat(returned.qa().returnReason()).isEqualTo(ReturnReason.DEADLINE);
        assertThat(service.audit(contract.id())).anySatisfy(change -> {
            assertThat(change.actor()).isEqualTo(ContractChange.SYSTEM);
            assertThat(change.field()).isEqualTo("qa_state");
            assertThat(change.newValue()).isEqualTo("RETURNED");
            assertThat(change.at()).isEqualTo(fx.db.seoul("2012-11-25T00:00"));
        });
        assertThat(service.expireOverdue()).isEmpty();
    }

    @Test
    void aDeadlineThatPassedWhileTheProgramWasClosedIsReturnedAtStartUp() {
        Contract open = fx.contract(service, KIM, "2012-11-20T14:30");
        service.requireReRecording(open.id(), "녹취 불량", LocalDate.parse("2012-11-21"), KIM);
        Contract reRecorded = fx.contract(service, KIM, "2012-11-20T15:00");
        service.requireReRecording(reRecorded.id(), "설명 누락", LocalDate.parse("2012-11-21"), KIM);
        service.markReRecorded(reRecorded.id(), fx.db.seoul("2012-11-22T10:00"), KIM);

        fx.db.clock.set("2012-11-27T09:00");
        ContractService afterRestart = fx.service();
        assertThat(afterRestart.startUp()).extracting(Contract::id).containsExactly(open.id());
        assertThat(afterRestart.find(reRecorded.id()).state()).isEqualTo(QaState.RE_RECORDED);
        assertThat(fx.db.count("SELECT count(*) FROM contract_audit WHERE actor = 'system'")).isPositive();
    }

    @Test
    void passingQaOnAReturnedContractIsRefusedWithTheReason() {
        Contract contract = fx.contract(service, KIM, "2012-11-20T14:30");
        service.reject(contract.id(), KIM);
        assertThatThrownBy(() -> service.passQa(contract.id(), KIM))
                .isInstanceOfSatisfying(RefusedTransitionException.class, e ->
                        assertThat(e.userMessage().key()).isEqualTo("contracts.refused.ended.RETURNED"));
        assertThat(service.find(contract.id()).state()).isEqualTo(QaState.RETURNED);
    }

    @Test
    void everyEditedFieldLeavesAnAuditRowWithWhoWhenOldAndNew() {
        Contract contract = fx.contract(service, KIM, "2012-11-20T14:30");
        fx.db.clock.advance(Duration.ofMinutes(5));
        service.edit(contract.id(), new ContractEdit("무배당 종신보험", 42_000, contract.sale().contractAt(), "AP-77", "",
                LocalDate.parse("2012-11-23"), null, null, HappyCall.PASSED), LEE);
        assertThat(service.audit(contract.id()))
                .filteredOn(change -> !change.field().equals("created"))
                .extracting(ContractChange::field, ContractChange::oldValue, ContractChange::newValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("premium_won", "35000", "42000"),
                        org.assertj.core.groups.Tuple.tuple("application_no", "AP-1", "AP-77"),
                        org.assertj.core.groups.Tuple.tuple("policy_delivery_date", null, "2012-11-23"),
                        org.assertj.core.groups.Tuple.tuple("happy_call", "PENDING", "PASSED"));
        assertThat(service.audit(contract.id())).filteredOn(c -> c.field().equals("premium_won"))
                .singleElement().satisfies(change -> {
                    assertThat(change.actor()).isEqualTo("A2048");
                    assertThat(change.at()).isEqualTo(fx.db.seoul("2012-11-20T15:05"));
                });
    }

    @Test
    void aContractWithoutProductOrPremiumOrInTheFutureIsRefused() {
        long lead = fx.lead();
        assertThatThrownBy(() -> service.createFromCall(null, lead, KIM, " ", 35_000, fx.db.seoul("2012-11-20T14:00"),
                "", "")).isInstanceOfSatisfying(UserFacingException.class, e ->
                        assertThat(e.userMessage().key()).isEqualTo("contracts.error.productRequired"));
        assertThatThrownBy(() -> service.createFromCall(null, lead, KIM, "실손", 0, fx.db.seoul("2012-11-20T14:00"),
                "", "")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> service.createFromCall(null, lead, KIM, "실손", 1, fx.db.seoul("2012-11-21T14:00"),
                "", "")).isInstanceOfSatisfying(UserFacingException.class, e ->
                        assertThat(e.userMessage().key()).isEqualTo("contracts.error.contractInFuture"));
    }

    @Test
    void theCustomersBirthDateIsTakenFromTheLeadForTheCoolingOffRule() {
        long lead = fx.lead();
        fx.db.sql("UPDATE lead SET birth_date = '1945-01-01' WHERE id = " + lead);
        Contract contract = service.createFromCall(null, lead, KIM, "실손", 30_000, fx.db.seoul("2012-11-20T14:00"),
                "", "");
        assertThat(contract.afterSale().customerBirthDate()).isEqualTo("1945-01-01");
        assertThat(service.list(false, KIM)).singleElement().satisfies(summary -> {
            assertThat(summary.seniorWindow()).isTrue();
            assertThat(summary.coolingOffLastDay()).isEqualTo("2013-01-04");
            assertThat(summary.customerName()).isEqualTo("홍길동");
        });
    }

    @Test
    void premiumSoldIsTheSumOfTheDaysContractsLeavingOutCancelledOnes() {
        fx.contract(service, KIM, "2012-11-20T10:00");
        fx.contract(service, KIM, "2012-11-20T14:00");
        fx.contract(service, KIM, "2012-11-19T14:00");
        fx.contract(service, LEE, "2012-11-20T11:00");
        Contract mistake = fx.contract(service, KIM, "2012-11-20T12:00");
        service.cancel(mistake.id(), KIM);
        assertThat(service.premiumWon(KIM, fx.db.seoul("2012-11-20T00:00"), fx.db.seoul("2012-11-21T00:00")))
                .isEqualTo(70_000);
    }

    @Test
    void theShiftPanelsPremiumComesFromContracts() {
        fx.contract(service, KIM, "2012-11-20T10:00");
        var calls = new dev.dialdesk.app.CallLoopServices(fx.db.database, fx.db.settings, fx.db.clock);
        assertThat(calls.shiftStats().today(KIM).premiumWon()).isEqualTo(35_000);
    }

    @Test
    void theCallbackSchedulerGetsTheLeadsDeadlineAndTheAgentsOpenCasesMostUrgentFirst() {
        Contract later = fx.contract(service, KIM, "2012-11-20T10:00");
        Contract sooner = fx.contract(service, KIM, "2012-11-19T10:00");
        fx.contract(service, KIM, "2012-11-18T10:00");
        service.requireReRecording(later.id(), "a", LocalDate.parse("2012-11-20"), KIM);
        service.requireReRecording(sooner.id(), "b", LocalDate.parse("2012-11-20"), KIM);
        assertThat(service.openReRecordingCases(KIM)).extracting(OpenReRecordingCase::contractId)
                .containsExactly(sooner.id(), later.id());
        assertThat(service.deadlineForLead(later.leadId()))
                .contains(ZonedDateTime.parse("2012-11-25T00:00+09:00[Asia/Seoul]"));
        assertThat(service.deadlineForLead(fx.lead())).isEmpty();
        assertThat(service.openReRecordingCases(LEE)).isEmpty();
    }
}

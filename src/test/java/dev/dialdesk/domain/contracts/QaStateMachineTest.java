package dev.dialdesk.domain.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QaStateMachineTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant TUESDAY = Instant.parse("2012-11-20T05:00:00Z");
    /** Tuesday's deadline: Saturday 24 November ends at Sunday 00:00 in Seoul (exclusive). */
    private static final Instant DEADLINE = Instant.parse("2012-11-24T15:00:00Z");

    private static Contract newContract() {
        Sale sale = new Sale("종신보험", 35_000, TUESDAY, SEOUL, "AP-1", "", true);
        return new Contract(7, 1, new AgentId("A1024"), null, sale, QaCase.awaiting(DEADLINE), AfterSale.initial(null),
                TUESDAY, TUESDAY, 1);
    }

    @Test
    void awaitingQaCanPassOrNeedARerecordingThatCanBeMadeAndThenPass() {
        Contract flagged = newContract().requireReRecording("고지의무 설명 누락", LocalDate.parse("2012-11-21"));
        assertThat(flagged.state()).isEqualTo(QaState.RE_RECORDING_REQUIRED);
        assertThat(flagged.qa().reason()).isEqualTo("고지의무 설명 누락");
        Contract reRecorded = flagged.reRecorded(TUESDAY.plusSeconds(86_400));
        assertThat(reRecorded.qa().reRecordedAt()).isEqualTo(TUESDAY.plusSeconds(86_400));
        assertThat(reRecorded.passQa().state()).isEqualTo(QaState.PASSED);
        assertThat(newContract().passQa().state()).isEqualTo(QaState.PASSED);
    }

    @Test
    void aContractCanBeReturnedWithdrawnOrCancelledWhileItLives() {
        assertThat(newContract().returned(ReturnReason.QA_REJECTED, TUESDAY).qa().returnReason())
                .isEqualTo(ReturnReason.QA_REJECTED);
        Contract withdrawn = newContract().passQa().withdrawn(LocalDate.parse("2012-12-01"), "변심");
        assertThat(withdrawn.state()).isEqualTo(QaState.WITHDRAWN);
        assertThat(withdrawn.afterSale().withdrawalDate()).isEqualTo("2012-12-01");
        assertThat(newContract().cancelled(TUESDAY).afterSale().cancelledAt()).isEqualTo(TUESDAY);
    }

    @Test
    void markingReRecordedWithoutAQaRequestIsRefusedWithAReason() {
        assertThatThrownBy(() -> newContract().reRecorded(TUESDAY))
                .isInstanceOfSatisfying(RefusedTransitionException.class, e ->
                        assertThat(e.userMessage().key()).isEqualTo("contracts.refused.RE_RECORDED"));
    }

    @Test
    void aReRecordingInTheLastMillisecondBeforeTheDeadlineCounts() {
        Contract flagged = newContract().requireReRecording("녹취 불량", LocalDate.parse("2012-11-21"));
        Contract reRecorded = flagged.reRecorded(DEADLINE.minusMillis(1));
        assertThat(reRecorded.state()).isEqualTo(QaState.RE_RECORDED);
    }

    @Test
    void aReRecordingAtTheDeadlineOrAfterIsRefusedWithAReason() {
        Contract flagged = newContract().requireReRecording("녹취 불량", LocalDate.parse("2012-11-21"));
        for (Instant late : new Instant[] {DEADLINE, DEADLINE.plusSeconds(3600)}) {
            assertThatThrownBy(() -> flagged.reRecorded(late))
                    .isInstanceOfSatisfying(RefusedTransitionException.class, e ->
                            assertThat(e.userMessage().key()).isEqualTo("contracts.refused.afterDeadline"));
        }
        assertThat(Messages.forLocale(Locale.KOREAN).has("contracts.refused.afterDeadline")).isTrue();
    }

    @Test
    void aReRecordingMadeInTimeUndoesAReturnByTheDeadlineButNotAQaRejection() {
        Contract flagged = newContract().requireReRecording("녹취 불량", LocalDate.parse("2012-11-21"));
        Instant saturdayEvening = DEADLINE.minusSeconds(3600);
        Contract returned = flagged.returned(ReturnReason.DEADLINE, DEADLINE);
        Contract reRecorded = returned.reRecorded(saturdayEvening);
        assertThat(reRecorded.state()).isEqualTo(QaState.RE_RECORDED);
        assertThat(reRecorded.qa().returnedAt()).isNull();
        assertThat(reRecorded.qa().returnReason()).isNull();
        Contract rejected = flagged.returned(ReturnReason.QA_REJECTED, saturdayEvening);
        assertThatThrownBy(() -> rejected.reRecorded(saturdayEvening)).isInstanceOf(RefusedTransitionException.class);
    }

    @Test
    void aReturnedContractCannotBeMovedAgain() {
        Contract returned = newContract().returned(ReturnReason.DEADLINE, TUESDAY);
        assertThatThrownBy(returned::passQa).isInstanceOfSatisfying(RefusedTransitionException.class, e ->
                assertThat(e.userMessage().key()).isEqualTo("contracts.refused.ended.RETURNED"));
        assertThatThrownBy(() -> returned.withdrawn(LocalDate.parse("2012-11-30"), ""))
                .isInstanceOf(RefusedTransitionException.class);
        assertThatThrownBy(() -> newContract().passQa().requireReRecording("x", LocalDate.parse("2012-11-21")))
                .isInstanceOf(RefusedTransitionException.class);
    }

    @Test
    void everyRefusalHasATextInBothLanguages() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        Messages korean = Messages.forLocale(Locale.KOREAN);
        for (QaState from : QaState.values()) {
            assertThat(english.has(from.labelKey())).isTrue();
            for (QaState to : QaState.values()) {
                from.refusal(to).ifPresent(message -> {
                    assertThat(english.has(message.key())).as(message.key()).isTrue();
                    assertThat(korean.has(message.key())).as(message.key()).isTrue();
                });
            }
        }
    }

    @Test
    void theAuditDiffNamesEachChangedFieldWithOldAndNewValues() {
        Contract before = newContract();
        Contract after = before.requireReRecording("녹취 불량", LocalDate.parse("2012-11-21"));
        assertThat(ContractDiff.between(before, after, "A1024", TUESDAY))
                .extracting(ContractChange::field, ContractChange::oldValue, ContractChange::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("qa_state", "AWAITING_QA", "RE_RECORDING_REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("qa_reason", null, "녹취 불량"),
                        org.assertj.core.groups.Tuple.tuple("qa_notice_date", null, "2012-11-21"));
    }
}

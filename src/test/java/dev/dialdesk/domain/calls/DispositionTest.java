package dev.dialdesk.domain.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.LeadStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each outcome does to a lead: status, attempt count, retry time, attempt cap. */
class DispositionTest {

    private static final Instant END = Instant.parse("2025-03-11T02:00:00Z");
    private static final Map<String, Disposition> DEFAULTS = DefaultDispositions.all().stream()
            .collect(Collectors.toMap(Disposition::code, Function.identity()));
    private final LeadCallState fresh = new LeadCallState(1, LeadStatus.NEW, 0, null, null, null, null);

    private LeadCallState after(String code, LeadCallState before) {
        return DEFAULTS.get(code).apply(before, END);
    }

    @Test
    void noAnswerIsRetriedAfterTwoHours() {
        LeadCallState state = after(DefaultDispositions.NO_ANSWER, fresh);
        assertThat(state.status()).isEqualTo(LeadStatus.NO_ANSWER);
        assertThat(state.attemptCount()).isEqualTo(1);
        assertThat(state.lastDisposition()).isEqualTo("NO_ANSWER");
        assertThat(state.nextEligibleAt()).isEqualTo(END.plus(Duration.ofHours(2)));
    }

    @Test
    void busyIsRetriedAfterThirtyMinutesAndPhoneOffAfterAnHour() {
        assertThat(after(DefaultDispositions.BUSY, fresh).nextEligibleAt()).isEqualTo(END.plusSeconds(30 * 60));
        assertThat(after(DefaultDispositions.PHONE_OFF, fresh).nextEligibleAt()).isEqualTo(END.plusSeconds(3600));
    }

    @Test
    void theSixthNoAnswerReachesTheCapAndEndsTheRetries() {
        LeadCallState fifth = new LeadCallState(1, LeadStatus.NO_ANSWER, 4, "NO_ANSWER", END, END, null);
        LeadCallState afterFifth = after(DefaultDispositions.NO_ANSWER, fifth);
        assertThat(afterFifth.attemptCount()).isEqualTo(5);
        assertThat(afterFifth.nextEligibleAt()).isNotNull();
        LeadCallState afterSixth = after(DefaultDispositions.NO_ANSWER, afterFifth);
        assertThat(afterSixth.attemptCount()).isEqualTo(6);
        assertThat(afterSixth.nextEligibleAt()).isNull();
        assertThat(afterSixth.status()).isEqualTo(LeadStatus.NO_ANSWER);
    }

    @Test
    void thinkingItOverIsAContactRetriedTheNextDay() {
        Disposition thinking = DEFAULTS.get(DefaultDispositions.THINKING);
        assertThat(thinking.contact()).isTrue();
        assertThat(after(DefaultDispositions.THINKING, fresh).nextEligibleAt()).isEqualTo(END.plus(Duration.ofDays(1)));
        assertThat(after(DefaultDispositions.THINKING, fresh).status()).isEqualTo(LeadStatus.THINKING);
    }

    @Test
    void finalOutcomesEndTheLead() {
        assertThat(after(DefaultDispositions.REFUSED, fresh)).extracting(LeadCallState::status, LeadCallState::nextEligibleAt)
                .containsExactly(LeadStatus.REFUSED, null);
        assertThat(after(DefaultDispositions.WRONG_NUMBER, fresh).status()).isEqualTo(LeadStatus.WRONG_NUMBER);
        assertThat(after(DefaultDispositions.CONTRACT, fresh).status()).isEqualTo(LeadStatus.CONTRACTED);
        assertThat(after(DefaultDispositions.DO_NOT_CALL, fresh).status()).isEqualTo(LeadStatus.DO_NOT_CALL);
        assertThat(DEFAULTS.get(DefaultDispositions.CONTRACT).sale()).isTrue();
        assertThat(DEFAULTS.get(DefaultDispositions.DO_NOT_CALL).doNotCall()).isTrue();
        assertThat(DEFAULTS.get(DefaultDispositions.WRONG_NUMBER).contact()).isFalse();
    }

    @Test
    void aCallbackWaitsForTheBookedTimeNotForADelay() {
        LeadCallState state = after(DefaultDispositions.CALLBACK, fresh);
        assertThat(state.status()).isEqualTo(LeadStatus.CALLBACK);
        assertThat(state.nextEligibleAt()).isNull();
        assertThat(DEFAULTS.get(DefaultDispositions.CALLBACK).contact()).isTrue();
    }

    @Test
    void aDoNotCallDispositionMustBeFinal() {
        assertThatThrownBy(() -> new Disposition("X", 1, null, true, false, false, true, LeadStatus.DO_NOT_CALL,
                RetryRule.never())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyLeadStatusOfTheDefaultsAgreesWithItsFinalFlag() {
        for (Disposition d : DefaultDispositions.all()) {
            assertThat(d.leadsTo().isFinal()).as(d.code()).isEqualTo(d.finalOutcome());
        }
    }
}

package dev.dialdesk.domain.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.BookingCheck;
import dev.dialdesk.domain.callbacks.BookingException;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.BookingRules;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.QuickPick;
import dev.dialdesk.domain.calls.CallingDecision.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The law's window, 08:00–21:00 at the customer's time, beats every setting; only the customer's own ask passes. */
class LegalWindowTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final AgentId AGENT = new AgentId("A001");
    /** A centre that set its hours far too wide: every day 06:00–23:30. */
    private final CallingPolicy greedy = new CallingPolicy(CallingHours.parse("MON-SUN 06:00-23:30"), Set.of());

    private static Instant seoul(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SEOUL).toInstant();
    }

    @Test
    void aWideSettingStillRefusesTheCallAt2100AndSaysItIsTheLaw() {
        CallingDecision decision = greedy.evaluate(seoul("2025-03-11T21:00"), SEOUL);
        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(decision.reason().key()).isEqualTo("calls.hours.legal");
        assertThat(decision.nextOpening().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-03-12T08:00"));
        assertThat(greedy.evaluate(seoul("2025-03-11T20:59"), SEOUL).isAllowed()).isTrue();
    }

    @Test
    void aWideSettingStillRefusesTheEarlyMorningUntil0800() {
        CallingDecision decision = greedy.evaluate(seoul("2025-03-11T07:59"), SEOUL);
        assertThat(decision.isAllowed()).isFalse();
        assertThat(decision.reason().key()).isEqualTo("calls.hours.legal");
        assertThat(decision.nextOpening().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(greedy.evaluate(seoul("2025-03-11T08:00"), SEOUL).isAllowed()).isTrue();
    }

    @Test
    void theWindowIsTheCustomersLocalTimeNotTheCentres() {
        Instant seoulAfternoon = seoul("2025-03-11T15:00");
        assertThat(seoulAfternoon.atZone(LA).toLocalTime()).isEqualTo(LocalTime.of(23, 0));
        assertThat(greedy.evaluate(seoulAfternoon, LA).reason().key()).isEqualTo("calls.hours.legal");
        assertThat(greedy.outsideLegalWindow(seoulAfternoon, LA)).isTrue();
        assertThat(greedy.outsideLegalWindow(seoulAfternoon, SEOUL)).isFalse();
    }

    @Test
    void aCentreMayNarrowTheWindowButNeverWidenIt() {
        assertThat(LegalWindow.KOREA.narrowedTo("06:00-23:00")).isEqualTo(LegalWindow.KOREA);
        assertThat(LegalWindow.KOREA.narrowedTo("09:00-20:00"))
                .isEqualTo(new LegalWindow(LocalTime.of(9, 0), LocalTime.of(20, 0)));
        CallingPolicy narrow = new CallingPolicy(CallingHours.parse("MON-SUN 06:00-23:30"), Set.of(),
                LegalWindow.KOREA.narrowedTo("09:00-20:00"));
        assertThat(narrow.evaluate(seoul("2025-03-11T20:30"), SEOUL).isAllowed()).isFalse();
    }

    @Test
    void byDefaultNoSundayAndNoHolidayCalls() {
        LocalDate holiday = LocalDate.of(2025, 3, 12);
        CallingPolicy defaults = new CallingPolicy(CallingHours.defaults(), Set.of(holiday));
        assertThat(defaults.evaluate(seoul("2025-03-16T11:00"), SEOUL).reason().key()).isEqualTo("calls.hours.closedDay");
        assertThat(defaults.evaluate(seoul("2025-03-12T11:00"), SEOUL).reason().key()).isEqualTo("calls.hours.holiday");
    }

    @Test
    void aQuickPickLandingAfter2100IsRefusedUnlessTheCustomerAskedForIt() {
        ZonedDateTime now = LocalDateTime.parse("2025-03-11T20:40").atZone(SEOUL);
        ZonedDateTime inAnHour = QuickPick.IN_1_HOUR.at(now).orElseThrow();
        BookingRules rules = new BookingRules(greedy);

        BookingCheck agentsIdea = rules.check(request(inAnHour, false), now.toInstant(), SEOUL, List.of(), Optional.empty());
        assertThat(agentsIdea.isRefused()).isTrue();

        BookingCheck customersAsk = rules.check(request(inAnHour, true), now.toInstant(), SEOUL, List.of(), Optional.empty());
        assertThat(customersAsk.isRefused()).isFalse();
        assertThat(customersAsk.exceptions()).containsExactly(BookingException.OUTSIDE_HOURS);
    }

    private static BookingRequest request(ZonedDateTime at, boolean customerAsked) {
        return new BookingRequest(7, AGENT, at, null, "", customerAsked, CallbackKind.NORMAL, null);
    }
}

package dev.dialdesk.domain.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.CallingHours;
import dev.dialdesk.domain.calls.CallingPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Booking validation on a Tuesday morning in Seoul (2025-03-11 10:00), with 2025-03-12 a holiday. */
class BookingRulesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Instant NOW = LocalDateTime.parse("2025-03-11T10:00").atZone(SEOUL).toInstant();
    private static final AgentId KIM = new AgentId("A1024");
    private final BookingRules rules = new BookingRules(new CallingPolicy(CallingHours.defaults(),
            Set.of(LocalDate.parse("2025-03-12"))));

    private static BookingRequest at(String dateTime, boolean customerAsked) {
        return new BookingRequest(7, KIM, LocalDateTime.parse(dateTime).atZone(SEOUL), null, "", customerAsked,
                CallbackKind.NORMAL, null);
    }

    private BookingCheck check(BookingRequest request) {
        return rules.check(request, NOW, SEOUL, List.of(), Optional.empty());
    }

    private static List<String> keys(BookingCheck check) {
        return check.issues().stream().map(i -> i.message().key()).toList();
    }

    @Test
    void aTimeThatHasPassedIsRefused() {
        assertThat(keys(check(at("2025-03-11T09:59", false)))).containsExactly("callbacks.book.past");
    }

    @Test
    void ninetyDaysAheadIsTheLimit() {
        assertThat(check(at("2025-06-09T10:00", false)).isRefused()).as("exactly 90 days").isFalse();
        assertThat(keys(check(at("2025-06-09T10:01", false)))).containsExactly("callbacks.book.tooFar");
    }

    @Test
    void outsideCallingHoursIsRefusedUnlessTheCustomerAskedThenAllowedAndAudited() {
        BookingCheck refused = check(at("2025-03-11T21:30", false));
        assertThat(keys(refused)).containsExactly("callbacks.book.outsideHours");
        BookingCheck asked = check(at("2025-03-11T21:30", true));
        assertThat(asked.isRefused()).isFalse();
        assertThat(asked.needsConfirmation()).isFalse();
        assertThat(asked.exceptions()).containsExactly(BookingException.OUTSIDE_HOURS);
    }

    @Test
    void aHolidayIsRefusedUnlessTheCustomerAskedForIt() {
        assertThat(keys(check(at("2025-03-12T11:00", false)))).containsExactly("callbacks.book.holiday");
        assertThat(check(at("2025-03-12T11:00", true)).exceptions()).containsExactly(BookingException.HOLIDAY);
    }

    @Test
    void anotherCallbackWithinTenMinutesWarns() {
        Instant other = LocalDateTime.parse("2025-03-11T14:05").atZone(SEOUL).toInstant();
        BookingCheck close = rules.check(at("2025-03-11T14:00", false), NOW, SEOUL, List.of(other), Optional.empty());
        assertThat(keys(close)).containsExactly("callbacks.book.clash");
        assertThat(close.needsConfirmation()).isTrue();
        BookingCheck apart = rules.check(at("2025-03-11T13:55", false), NOW, SEOUL, List.of(other), Optional.empty());
        assertThat(apart.issues()).as("exactly ten minutes apart").isEmpty();
    }

    @Test
    void aReRecordingAfterTheQaDeadlineWarnsLoudly() {
        ZonedDateTime deadline = LocalDateTime.parse("2025-03-15T23:59:59").atZone(SEOUL);
        BookingRequest late = new BookingRequest(7, KIM, LocalDateTime.parse("2025-03-17T10:00").atZone(SEOUL), null,
                "", false, CallbackKind.RE_RECORDING, 42L);
        BookingCheck check = rules.check(late, NOW, SEOUL, List.of(), Optional.of(deadline));
        assertThat(check.isLoud()).isTrue();
        assertThat(check.needsConfirmation()).isTrue();
        assertThat(check.exceptions()).containsExactly(BookingException.AFTER_QA_DEADLINE);
        BookingCheck inTime = rules.check(late.at(LocalDateTime.parse("2025-03-14T10:00").atZone(SEOUL)), NOW, SEOUL,
                List.of(), Optional.of(deadline));
        assertThat(inTime.issues()).isEmpty();
    }

    @Test
    void theCustomersWindowMustEndAfterTheCallbacksTime() {
        BookingRequest backwards = new BookingRequest(7, KIM, LocalDateTime.parse("2025-03-11T14:00").atZone(SEOUL),
                LocalDateTime.parse("2025-03-11T13:00").atZone(SEOUL), "", false, CallbackKind.NORMAL, null);
        assertThat(keys(check(backwards))).containsExactly("callbacks.book.windowBeforeStart");
    }
}

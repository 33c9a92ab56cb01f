package dev.dialdesk.service.stats;

import dev.dialdesk.domain.DateRange;
import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.testing.StatsFixture;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Day and hour-of-day figures in a centre whose zone is not Seoul: a half-hour zone (India, +5:30) and
 * a European week with the change to summer time (Berlin, Sunday 30 March 2025, 02:00 → 03:00).
 * Calls are given in the centre's local time.
 */
class StatsInEveryZoneTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    private StatsFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new StatsFixture(dir);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    /**
     * The centre's zone. Calls around midnight cannot be dialled (the legal window 08:00-21:00), so they
     * come as a call history would: the figures, not the calling rules, are tested.
     */
    private void centreIn(ZoneId zone) {
        fixture.db.settings.set(SettingKeys.CENTRE_ZONE, zone);
        fixture.db.settings.set(CallSettingKeys.CALLING_HOURS, "MON-SUN 00:00-23:59");
    }

    /** A call of Kim's at {@code localStart} on the centre's clock. */
    private void kimCalls(ZoneId zone, String localStart, String disposition) {
        String seoul = LocalDateTime.parse(localStart).atZone(zone).withZoneSameInstant(TestClocks.SEOUL)
                .toLocalDateTime().toString();
        fixture.logCall(KIM, seoul, disposition, 30);
    }

    private StatsReport report(LocalDate from, LocalDate to) {
        return fixture.callsOnly().stats().report(new DateRange(from, to), Optional.of(KIM));
    }

    @Test
    void aDayInAHalfHourZoneHoldsExactlyItsOwnCallsFromMidnightToMidnight() {
        centreIn(KOLKATA);
        kimCalls(KOLKATA, "2025-03-05T23:50", DefaultDispositions.NO_ANSWER);   // Wednesday
        kimCalls(KOLKATA, "2025-03-06T00:10", DefaultDispositions.NO_ANSWER);   // Thursday, same UTC hour
        kimCalls(KOLKATA, "2025-03-06T10:20", DefaultDispositions.REFUSED);
        kimCalls(KOLKATA, "2025-03-06T23:45", DefaultDispositions.REFUSED);     // Thursday's last half hour
        kimCalls(KOLKATA, "2025-03-07T00:05", DefaultDispositions.NO_ANSWER);   // Friday

        StatsReport thursday = report(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 6));

        assertThat(thursday.team().dials()).isEqualTo(3);
        assertThat(thursday.team().contacts()).isEqualTo(2);
        assertThat(thursday.daily()).singleElement().satisfies(day -> assertThat(day.dials()).isEqualTo(3));
    }

    @Test
    void theHourOfDayInAHalfHourZoneIsTheCentresOwnHour() {
        centreIn(KOLKATA);
        kimCalls(KOLKATA, "2025-03-06T00:10", DefaultDispositions.NO_ANSWER);
        kimCalls(KOLKATA, "2025-03-06T10:20", DefaultDispositions.REFUSED);
        kimCalls(KOLKATA, "2025-03-06T10:50", DefaultDispositions.NO_ANSWER);
        kimCalls(KOLKATA, "2025-03-06T23:45", DefaultDispositions.REFUSED);

        StatsReport thursday = report(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 6));

        assertThat(thursday.byHourOfDay().get(0).dials()).isEqualTo(1);
        assertThat(thursday.byHourOfDay().get(10).dials()).isEqualTo(2);
        assertThat(thursday.byHourOfDay().get(10).contacts()).isEqualTo(1);
        assertThat(thursday.byHourOfDay().get(9).dials()).isZero();
        assertThat(thursday.byHourOfDay().get(23).dials()).isEqualTo(1);
    }

    @Test
    void acrossTheChangeToSummerTimeEveryDayWorkedAndTheDaysWithoutAContractCountOnTheCentresDays() {
        centreIn(BERLIN);
        kimCalls(BERLIN, "2025-03-24T10:00", DefaultDispositions.NO_ANSWER);    // Monday, +01:00
        kimCalls(BERLIN, "2025-03-30T23:30", DefaultDispositions.CONTRACT);     // Sunday, +02:00 since 03:00
        kimCalls(BERLIN, "2025-03-31T00:30", DefaultDispositions.NO_ANSWER);    // Monday, its only call

        StatsReport week = report(LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 31));

        long target = fixture.db.settings.get(StatsSettingKeys.PREMIUM_TARGET_PER_DAY);
        assertThat(week.agents()).singleElement().satisfies(kim -> {
            assertThat(kim.premiumTargetWon()).as("three days worked").isEqualTo(3 * target);
            assertThat(kim.daysWithoutContract()).as("Monday 31, after Sunday's contract").isEqualTo(1);
        });
        assertThat(week.daily()).filteredOn(day -> day.day().equals(LocalDate.of(2025, 3, 31)))
                .singleElement().satisfies(day -> assertThat(day.dials()).isEqualTo(1));
        assertThat(week.byHourOfDay().get(0).dials()).isEqualTo(1);
        assertThat(week.byHourOfDay().get(23).dials()).isEqualTo(1);
    }
}

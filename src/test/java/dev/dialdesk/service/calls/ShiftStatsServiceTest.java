package dev.dialdesk.service.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shift panel's numbers come from the call log. */
class ShiftStatsServiceTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private long batch;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-07T10:00");
        batch = db.batch(KIM, "2025-03-01T09:00");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void call(String disposition, int seconds) {
        CallService calls = db.services().callService();
        ActiveCall call = calls.startCall(KIM, db.lead(batch, KIM));
        db.clock.advance(Duration.ofSeconds(seconds));
        calls.record(call, disposition, "");
        db.clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void todaysDialsContactsTalkTimeAndContracts() {
        call("NO_ANSWER", 20);
        call("BUSY", 5);
        call("THINKING", 120);
        call("CONTRACT", 600);
        ShiftStats stats = db.services().shiftStats().today(KIM);
        assertThat(stats.dials()).isEqualTo(4);
        assertThat(stats.contacts()).isEqualTo(2);
        assertThat(stats.contactRate()).isEqualTo(0.5);
        assertThat(stats.talkTime()).isEqualTo(Duration.ofSeconds(745));
        assertThat(stats.contracts()).isEqualTo(1);
        assertThat(stats.premiumWon()).isZero();
    }

    @Test
    void daysInARowWithoutAContractCountWorkingDaysSinceTheLastOne() {
        call("CONTRACT", 300);                    // Friday 7 March
        db.clock.set("2025-03-10T10:00");         // Monday
        call("REFUSED", 30);
        db.clock.set("2025-03-11T10:00");         // Tuesday
        call("NO_ANSWER", 10);
        db.clock.set("2025-03-12T10:00");         // Wednesday, before any call
        assertThat(db.services().shiftStats().today(KIM).daysWithoutContract()).isEqualTo(2);
        call("CONTRACT", 300);
        assertThat(db.services().shiftStats().today(KIM).daysWithoutContract()).isZero();
    }

    @Test
    void yesterdaysCallsAreNotToday() {
        call("NO_ANSWER", 20);
        db.clock.set("2025-03-08T10:00");
        assertThat(db.services().shiftStats().today(KIM).dials()).isZero();
    }
}

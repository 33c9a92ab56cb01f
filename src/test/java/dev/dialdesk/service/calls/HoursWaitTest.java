package dev.dialdesk.service.calls;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.storage.jdbc.JdbcWaitingLeads;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why no lead can be called now: the calling hours, on a real SQLite file and a Seoul clock. */
class HoursWaitTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;

    private HoursWait hours(String seoulNow) {
        db = new CallLoopFixture(dir, seoulNow);
        long batch = db.batch(KIM, "2026-03-13T09:00");
        for (int i = 0; i < 3; i++) {
            db.lead(batch, KIM);
        }
        return new HoursWait(new JdbcWaitingLeads(db.database), db.services().policies(), db.clock);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void onSundayMorningTheLeadsWaitForMondayNineInTheCentreZone() {
        HoursWait wait = hours("2026-03-15T10:00"); // a Sunday

        HoursWait.Waiting waiting = wait.now(KIM).orElseThrow();

        assertThat(waiting.count()).isEqualTo(3);
        assertThat(waiting.opens()).isEqualTo(db.seoul("2026-03-16T09:00").atZone(ZoneId.of("Asia/Seoul")));
        assertThat(Messages.forLocale(Locale.ENGLISH).get("queue.waitingForHours", waiting.count(), "Mon 03-16 09:00",
                "Asia/Seoul")).isEqualTo("3 leads wait for calling hours: Mon 03-16 09:00, Asia/Seoul");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("queue.waitingForHours", 1L, "Mon 03-16 09:00", "Asia/Seoul"))
                .isEqualTo("1 lead waits for calling hours: Mon 03-16 09:00, Asia/Seoul");
    }

    @Test
    void lateOnAWeekdayTheLegalWindowHoldsThemUntilTheNextMorning() {
        HoursWait wait = hours("2026-03-10T21:30"); // a Tuesday evening

        assertThat(wait.now(KIM).orElseThrow().opens()).isEqualTo(
                db.seoul("2026-03-11T09:00").atZone(ZoneId.of("Asia/Seoul")));
    }

    @Test
    void whileCallingIsOpenNothingWaitsForTheHours() {
        HoursWait wait = hours("2026-03-10T10:00");

        assertThat(wait.now(KIM)).isEmpty();
        db.clock.advance(Duration.ofHours(12)); // 22:00
        assertThat(wait.now(KIM)).isPresent();
    }
}

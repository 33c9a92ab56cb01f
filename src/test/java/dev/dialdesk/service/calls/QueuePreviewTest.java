package dev.dialdesk.service.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.calls.QueueSkipReason;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code queue --agent ID --limit N}: the queue's next leads with why, and what it passes over, claiming nothing. */
class QueuePreviewTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private CallLoopServices services;

    @BeforeEach
    void open() {
        db = new CallLoopFixture(dir, "2026-03-10T10:00");
        services = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDueRetryComesBeforeNewLeadsAndALeadWhereItIsNightIsPassedOverWithWhy() {
        long batch = db.batch(CallLoopFixture.KIM, "2026-03-10T09:00");
        long fresh = db.lead(batch, CallLoopFixture.KIM);
        long london = db.lead(batch, CallLoopFixture.KIM);
        long retry = db.lead(batch, CallLoopFixture.KIM);
        db.sql("UPDATE lead SET status = 'NO_ANSWER', attempt_count = 1, next_eligible_at = "
                + db.seoul("2026-03-10T09:30").toEpochMilli() + " WHERE id = " + retry);
        db.zone(london, ZoneId.of("Europe/London")); // 01:00 there

        QueuePreview.Preview preview = services.queuePreview().of(CallLoopFixture.KIM, 5);

        assertThat(preview.offered()).extracting(QueuePreview.Offered::leadId, QueuePreview.Offered::tier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(retry, QueuedLead.Tier.RETRY),
                        org.assertj.core.groups.Tuple.tuple(fresh, QueuedLead.Tier.NEW));
        assertThat(preview.skipped()).extracting(s -> s.leadId(), s -> s.reason().kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(london, QueueSkipReason.Kind.OUTSIDE_HOURS));
    }

    @Test
    void theLimitIsKeptAndOutsideCallingHoursEveryLeadIsPassedOverWithTheHoursAsWhy() {
        long batch = db.batch(CallLoopFixture.KIM, "2026-03-10T09:00");
        for (int i = 0; i < 4; i++) {
            db.lead(batch, CallLoopFixture.KIM);
        }
        assertThat(services.queuePreview().of(CallLoopFixture.KIM, 2).offered()).hasSize(2);

        db.clock.set("2026-03-10T22:30");
        QueuePreview.Preview night = services.queuePreview().of(CallLoopFixture.KIM, 3);
        assertThat(night.offered()).isEmpty();
        assertThat(night.skipped()).hasSize(3).allSatisfy(s ->
                assertThat(s.reason().kind()).isNotEqualTo(QueueSkipReason.Kind.DO_NOT_CALL));
        assertThat(db.count("SELECT COUNT(*) FROM lead WHERE status <> 'NEW'")).isZero();
    }
}

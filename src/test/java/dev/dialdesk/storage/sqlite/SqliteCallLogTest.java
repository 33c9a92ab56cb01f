package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call log on a real SQLite file: one transaction per attempt, idempotent, indexed. */
class SqliteCallLogTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private JdbcCallLog log;
    private JdbcDispositionStore dispositions;
    private long lead;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T10:00");
        log = new JdbcCallLog(db.database);
        dispositions = new JdbcDispositionStore(db.database);
        lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private CallAttempt attempt(UUID id, String code, Instant start) {
        return new CallAttempt(0, id, lead, KIM, start, start.plusSeconds(20), code, "");
    }

    private Disposition disposition(String code) {
        return dispositions.find(code).orElseThrow();
    }

    @Test
    void savingTheSameAttemptTwiceMakesOneRowAndCountsOnce() {
        CallAttempt attempt = attempt(UUID.randomUUID(), "NO_ANSWER", db.clock.instant());
        CallLog.Recorded first = log.record(attempt, disposition("NO_ANSWER"));
        CallLog.Recorded again = log.record(attempt, disposition("NO_ANSWER"));
        assertThat(first.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.attempt().id()).isEqualTo(first.attempt().id());
        assertThat(db.count("SELECT count(*) FROM call_attempt")).isEqualTo(1);
        assertThat(db.count("SELECT attempt_count FROM lead WHERE id = " + lead)).isEqualTo(1);
    }

    @Test
    void recordingMovesTheLeadInTheSameTransaction() {
        Instant start = db.clock.instant();
        CallLog.Recorded recorded = log.record(attempt(UUID.randomUUID(), "BUSY", start), disposition("BUSY"));
        assertThat(recorded.leadState().status()).isEqualTo(LeadStatus.NO_ANSWER);
        assertThat(db.queryString("SELECT status || '/' || attempt_count || '/' || last_disposition FROM lead WHERE id = " + lead))
                .isEqualTo("NO_ANSWER/1/BUSY");
        assertThat(db.count("SELECT next_eligible_at FROM lead WHERE id = " + lead))
                .isEqualTo(start.plusSeconds(20).plus(Duration.ofMinutes(30)).toEpochMilli());
    }

    @Test
    void aDoNotCallOutcomeListsTheNumberAndAuditsIt() {
        log.record(attempt(UUID.randomUUID(), "DO_NOT_CALL", db.clock.instant()), disposition("DO_NOT_CALL"));
        assertThat(db.count("SELECT count(*) FROM do_not_call WHERE number = '" + db.phoneOf(lead).e164() + "'")).isEqualTo(1);
        assertThat(db.queryString("SELECT event || ' ' || number_masked FROM call_audit"))
                .isEqualTo("DNC_ADDED " + db.phoneOf(lead).masked());
        assertThat(db.queryString("SELECT status FROM lead WHERE id = " + lead)).isEqualTo("DO_NOT_CALL");
    }

    @Test
    void historyIsNewestFirst() {
        Instant start = db.clock.instant();
        log.record(attempt(UUID.randomUUID(), "NO_ANSWER", start), disposition("NO_ANSWER"));
        log.record(attempt(UUID.randomUUID(), "BUSY", start.plusSeconds(7200)), disposition("BUSY"));
        log.record(attempt(UUID.randomUUID(), "THINKING", start.plusSeconds(9000)), disposition("THINKING"));
        assertThat(log.history(lead, 10)).extracting(CallAttempt::disposition)
                .containsExactly("THINKING", "BUSY", "NO_ANSWER");
    }

    @Test
    void theMigrationSeedsExactlyTheDefaultDispositions() {
        assertThat(dispositions.all()).containsExactlyElementsOf(DefaultDispositions.all());
    }

    @Test
    void anEditedDispositionIsReadBack() {
        Disposition busy = disposition("BUSY");
        Disposition edited = new Disposition(busy.code(), busy.position(), "바쁨", busy.contact(), busy.finalOutcome(),
                busy.sale(), busy.doNotCall(), busy.leadsTo(),
                dev.dialdesk.domain.calls.RetryRule.after(Duration.ofMinutes(45), 4));
        dispositions.save(edited);
        assertThat(dispositions.find("BUSY")).contains(new Disposition(edited.code(), edited.position(), "바쁨",
                edited.contact(), edited.finalOutcome(), edited.sale(), edited.doNotCall(), edited.leadsTo(),
                edited.retry(), busy.version() + 1));
    }

    @Test
    void queueHistoryAndShiftQueriesUseTheirIndexes() {
        assertThat(plan("SELECT * FROM call_attempt WHERE lead_id = 1 ORDER BY started_at DESC LIMIT 50"))
                .contains("call_attempt_lead").doesNotContain("TEMP B-TREE");
        assertThat(plan("SELECT count(*), sum(contact), sum(sale), sum(duration_ms) FROM call_attempt "
                + "WHERE agent_id = 'A1024' AND started_at >= 0 AND started_at < 1"))
                .contains("COVERING INDEX call_attempt_agent_day");
        assertThat(plan("SELECT max(started_at) FROM call_attempt WHERE agent_id = 'A1024' AND sale = 1"))
                .contains("call_attempt_agent_sale");
        assertThat(plan("SELECT id FROM lead l WHERE agent_id = 'A1024' AND status = 'NEW' ORDER BY batch_id, id LIMIT 64"))
                .contains("lead_queue_new").doesNotContain("TEMP B-TREE");
        assertThat(plan("SELECT id FROM lead l WHERE agent_id = 'A1024' AND next_eligible_at IS NOT NULL "
                + "AND next_eligible_at <= 5 ORDER BY next_eligible_at, id LIMIT 64"))
                .contains("lead_queue_retry").doesNotContain("TEMP B-TREE");
    }

    private String plan(String sql) {
        return db.database.read(connection -> {
            List<String> lines = new ArrayList<>();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (rs.next()) {
                    lines.add(rs.getString(4));
                }
            }
            return String.join("\n", lines);
        });
    }
}

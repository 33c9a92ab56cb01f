package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static dev.dialdesk.testing.StoreEngine.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link CallLog} contract: one transaction per attempt, idempotent, the lead moved with it. */
public abstract class CallLogContract {

    private static final PhoneNumber NUMBER = PhoneNumber.parse("010-3300-0001", "KR").number();
    private static final PhoneNumber OTHERS_NUMBER = PhoneNumber.parse("010-3300-0002", "KR").number();

    @TempDir
    Path dir;
    private StoreEngine engine;
    private CallLog log;
    private long lead;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        log = engine.callLog();
        lead = engine.lead(AGENT, NUMBER);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private CallLog.Recorded record(String code, Instant start) {
        return log.record(attempt(UUID.randomUUID(), code, start), disposition(code));
    }

    private CallAttempt attempt(UUID id, String code, Instant start) {
        return new CallAttempt(0, id, lead, AGENT, start, start.plusSeconds(20), code, "");
    }

    private Disposition disposition(String code) {
        return engine.dispositions().find(code).orElseThrow();
    }

    private long count(String sql) {
        return Long.parseLong(engine.queryOne(sql));
    }

    @Test
    void savingTheSameAttemptTwiceMakesOneRowAndCountsOnce() {
        CallAttempt attempt = attempt(UUID.randomUUID(), "NO_ANSWER", engine.clock().instant());
        CallLog.Recorded first = log.record(attempt, disposition("NO_ANSWER"));
        CallLog.Recorded again = log.record(attempt, disposition("NO_ANSWER"));

        assertThat(first.duplicate()).isFalse();
        assertThat(first.attempt().id()).isPositive();
        assertThat(again.duplicate()).isTrue();
        assertThat(again.attempt()).isEqualTo(first.attempt());
        assertThat(log.findByClientId(attempt.clientId())).contains(first.attempt());
        assertThat(count("SELECT count(*) FROM call_attempt")).isEqualTo(1);
        assertThat(count("SELECT attempt_count FROM lead WHERE id = " + lead)).isEqualTo(1);
    }

    @Test
    void recordingMovesTheLeadInTheSameTransaction() {
        Instant start = engine.clock().instant();
        CallLog.Recorded recorded = record("BUSY", start);

        assertThat(recorded.leadState().status()).isEqualTo(LeadStatus.NO_ANSWER);
        assertThat(engine.queryOne("SELECT status || '/' || attempt_count || '/' || last_disposition "
                + "FROM lead WHERE id = " + lead)).isEqualTo("NO_ANSWER/1/BUSY");
        assertThat(count("SELECT next_eligible_at FROM lead WHERE id = " + lead))
                .isEqualTo(start.plusSeconds(20).plus(Duration.ofMinutes(30)).toEpochMilli());
    }

    @Test
    void aDoNotCallOutcomeListsTheNumberAndAuditsIt() {
        Instant start = engine.clock().instant();
        record("DO_NOT_CALL", start);

        assertThat(engine.doNotCall().contains(NUMBER)).isTrue();
        assertThat(engine.callAudit().since(start)).extracting(AuditEvent::type, AuditEvent::maskedNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEvent.Type.DNC_ADDED, NUMBER.masked()));
        assertThat(engine.leadStatus(lead)).isEqualTo("DO_NOT_CALL");
    }

    @Test
    void historyIsNewestFirst() {
        Instant start = engine.clock().instant();
        record("NO_ANSWER", start);
        record("BUSY", start.plusSeconds(7200));
        record("THINKING", start.plusSeconds(9000));

        assertThat(log.history(lead, 10)).extracting(CallAttempt::disposition)
                .containsExactly("THINKING", "BUSY", "NO_ANSWER");
        assertThat(log.history(lead, 1)).extracting(CallAttempt::disposition).containsExactly("THINKING");
    }

    @Test
    void totalsCountTheAgentsDialsContactsSalesAndTalkTimeInTheRange() {
        Instant start = engine.clock().instant();
        record("NO_ANSWER", start.minus(Duration.ofDays(1)));
        record("NO_ANSWER", start);
        record("THINKING", start.plusSeconds(600));
        record("CONTRACT", start.plusSeconds(1200));
        long othersLead = engine.lead(OTHER, OTHERS_NUMBER);
        engine.sqlPastRules("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                + "disposition, contact, sale) VALUES ('" + UUID.randomUUID() + "', " + othersLead + ", '" + OTHER.value()
                + "', " + start.toEpochMilli() + ", " + start.toEpochMilli() + ", 1000, 'CONTRACT', 1, 1)");

        CallLog.Totals totals = log.totals(AGENT, start, start.plus(Duration.ofHours(1)));

        assertThat(totals).isEqualTo(new CallLog.Totals(3, 2, 1, 60_000));
        assertThat(log.lastSale(AGENT)).contains(start.plusSeconds(1200));
        assertThat(log.lastSale(new dev.dialdesk.domain.AgentId("NOBODY"))).isEmpty();
    }

    @Test
    void daysWithDialsCountLocalDays() {
        int seoul = 9 * 3600;
        Instant tuesdayMorning = Instant.parse("2026-03-10T01:00:00Z");
        record("NO_ANSWER", tuesdayMorning);
        record("NO_ANSWER", tuesdayMorning.plus(Duration.ofHours(12)));
        record("NO_ANSWER", Instant.parse("2026-03-10T16:00:00Z"));

        Instant from = Instant.parse("2026-03-09T15:00:00Z");
        assertThat(log.daysWithDials(AGENT, from, from.plus(Duration.ofDays(7)), seoul))
                .as("10:00 and 22:00 on Tuesday, 01:00 on Wednesday in Seoul").isEqualTo(2);
        assertThat(log.daysWithDials(AGENT, from, from.plus(Duration.ofDays(7)), 0)).as("in UTC").isEqualTo(1);
    }
}

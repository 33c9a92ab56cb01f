package dev.dialdesk.testing;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;

import dev.dialdesk.app.StatsServices;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.reports.ReportSection;
import dev.dialdesk.storage.CallbackMetricsSource;
import dev.dialdesk.service.stats.ContractMetricsSource;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The statistics' hand-worked fixture on a real SQLite file (see {@code StatsServiceTest} for the
 * arithmetic). "Today" is Friday 7 March 2025, 08:30 in Seoul; "yesterday" is Thursday 6 March.
 *
 * <pre>
 * Thu 06  KIM  10:00 NO_ANSWER 20 s · 10:10 REFUSED 40 s · 11:00 THINKING 120 s · 14:00 CONTRACT 600 s
 *              · 14:30 DO_NOT_CALL 30 s                      (batch of 06 March: 5 called + 3 untouched)
 *         LEE  10:20 NO_ANSWER 15 s · 10:30 PHONE_OFF 5 s · 15:00 REFUSED 60 s
 * Tue 04  LEE  10:00 NO_ANSWER 10 s
 * Wed 05  LEE  10:00 REFUSED 30 s
 * </pre>
 */
public final class StatsFixture implements AutoCloseable {

    public static final String TODAY = "2025-03-07T08:30";

    public final CallLoopFixture db;
    private final long kimBatch;
    private final long leeBatch;

    public StatsFixture(Path dir) {
        this.db = new CallLoopFixture(dir, TODAY);
        this.kimBatch = db.batch(KIM, "2025-03-06T08:00");
        this.leeBatch = db.batch(LEE, "2025-03-01T09:00");
    }

    /** Records the hand-worked calls and leaves the clock at {@link #TODAY}. */
    public StatsFixture seed() {
        call(KIM, "2025-03-06T10:00", DefaultDispositions.NO_ANSWER, 20);
        call(KIM, "2025-03-06T10:10", DefaultDispositions.REFUSED, 40);
        call(KIM, "2025-03-06T11:00", DefaultDispositions.THINKING, 120);
        call(KIM, "2025-03-06T14:00", DefaultDispositions.CONTRACT, 600);
        call(KIM, "2025-03-06T14:30", DefaultDispositions.DO_NOT_CALL, 30);
        for (int i = 0; i < 3; i++) {
            db.lead(kimBatch, KIM);
        }
        call(LEE, "2025-03-06T10:20", DefaultDispositions.NO_ANSWER, 15);
        call(LEE, "2025-03-06T10:30", DefaultDispositions.PHONE_OFF, 5);
        call(LEE, "2025-03-06T15:00", DefaultDispositions.REFUSED, 60);
        call(LEE, "2025-03-04T10:00", DefaultDispositions.NO_ANSWER, 10);
        call(LEE, "2025-03-05T10:00", DefaultDispositions.REFUSED, 30);
        db.clock.set(TODAY);
        return this;
    }

    /** One call to a new lead of the agent, started at {@code seoulStart}, lasting {@code seconds}. */
    public void call(AgentId agent, String seoulStart, String disposition, int seconds) {
        db.clock.set(seoulStart);
        CallService calls = db.services().callService();
        ActiveCall call = calls.startCall(agent, db.lead(agent.equals(KIM) ? kimBatch : leeBatch, agent));
        db.clock.advance(Duration.ofSeconds(seconds));
        calls.record(call, disposition, "");
    }

    /**
     * One call to a new lead of the agent as a call history brings it (written to the call log, past
     * the calling-hours gate): for figures at hours no dial may be placed, e.g. around midnight.
     */
    public void logCall(AgentId agent, String seoulStart, String disposition, int seconds) {
        db.clock.set(seoulStart);
        java.time.Instant start = db.clock.instant();
        long lead = db.lead(agent.equals(KIM) ? kimBatch : leeBatch, agent);
        dev.dialdesk.domain.calls.CallAttempt attempt = new dev.dialdesk.domain.calls.CallAttempt(0,
                java.util.UUID.randomUUID(), lead, agent, start, start.plusSeconds(seconds), disposition, "");
        db.services().callLog().record(attempt, db.services().dispositionStore().find(disposition).orElseThrow());
    }

    /** With the sources the program uses: the {@code callback} and {@code contract} tables. */
    public StatsServices services() {
        return new StatsServices(db.database, db.settings, db.clock, Messages.forLocale(Locale.ENGLISH));
    }

    /** Without callbacks and contracts: contracts counted from sale attempts. */
    public StatsServices callsOnly() {
        return services(CallbackMetricsSource.NONE, ContractMetricsSource.NONE, List.of());
    }

    /** A new lead of the agent's batch. */
    public long lead(AgentId agent) {
        return db.lead(agent.equals(KIM) ? kimBatch : leeBatch, agent);
    }

    /** The contract service over the same file (the shift panel's premium comes from it). */
    public ContractService contracts() {
        return new ContractService(new JdbcContractStore(db.database),
                new ContractRules(db.settings, new JdbcHolidayStore(db.database)), db.clock);
    }

    /** A contract of the agent made at {@code seoulTime} (the clock is moved there). */
    public Contract contract(AgentId agent, String seoulTime, long premiumWon) {
        db.clock.set(seoulTime);
        return contracts().createFromCall(null, lead(agent), agent, "무배당 종신보험", premiumWon, db.seoul(seoulTime),
                "AP-" + premiumWon, "");
    }

    /** A callback row as the scheduler leaves it: owner, due time, status and when it was missed (or null). */
    public void callback(AgentId agent, String seoulDue, String status, String seoulMissedAt) {
        long due = db.seoul(seoulDue).toEpochMilli();
        String missed = seoulMissedAt == null ? "NULL" : String.valueOf(db.seoul(seoulMissedAt).toEpochMilli());
        db.sql("INSERT INTO callback(lead_id, agent_id, due_at, status, missed_at, created_at, updated_at) VALUES ("
                + lead(agent) + ", '" + agent.value() + "', " + due + ", '" + status + "', " + missed + ", " + due
                + ", " + due + ")");
    }

    public StatsServices services(CallbackMetricsSource callbacks, ContractMetricsSource contracts,
                                  List<ReportSection> sections) {
        return new StatsServices(db.database, db.settings, db.clock, Messages.forLocale(Locale.ENGLISH), callbacks,
                contracts, sections);
    }

    @Override
    public void close() {
        db.close();
    }
}

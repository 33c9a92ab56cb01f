package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static dev.dialdesk.testing.StoreEngine.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.ReportCall;
import dev.dialdesk.storage.CallImportStore;
import dev.dialdesk.storage.CallImportStore.Upserted;
import dev.dialdesk.storage.StatsStore;
import dev.dialdesk.storage.StatsStore.CallSums;
import dev.dialdesk.storage.jdbc.JdbcCallImportStore;
import dev.dialdesk.storage.jdbc.JdbcStatsStore;
import dev.dialdesk.storage.jdbc.StatsRollup;
import dev.dialdesk.testing.StoreEngine;
import dev.dialdesk.testing.TableRows;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link StatsStore} contract over the quarter-hour roll-up {@code stats_slot} (kept by triggers
 * on both engines) and the {@link CallImportStore} that brings call histories in, run on every engine.
 * The team lead imports the agents' calls; the agent's desk reads its own figures. Monday 9 and
 * Tuesday 10 March 2026 in Seoul.
 */
public abstract class StatsStoreContract {

    private static final String KIM_PHONE = "+821022220001";
    private static final String LEE_PHONE = "+821022220002";

    @TempDir
    Path dir;
    private StoreEngine engine;
    private CallImportStore imports;
    private StatsStore teamStats;
    private StatsStore deskStats;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        engine.lead(AGENT, PhoneNumber.ofE164(KIM_PHONE));
        engine.lead(OTHER, PhoneNumber.ofE164(LEE_PHONE));
        imports = new JdbcCallImportStore(engine.teamLead());
        teamStats = new JdbcStatsStore(engine.teamLead());
        deskStats = new JdbcStatsStore(engine.desk());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static Instant seoul(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(TestClocks.SEOUL).toInstant();
    }

    private static ReportCall call(String phone, String seoulStart, int seconds, String disposition, boolean contact,
                                   boolean sale) {
        Instant start = seoul(seoulStart);
        return new ReportCall(UUID.randomUUID(), phone, "홍길동", start, start.plusSeconds(seconds), disposition, contact,
                sale, "", sale ? 35_000 : 0);
    }

    private final List<ReportCall> kimsMonday = List.of(
            call(KIM_PHONE, "2026-03-09T10:00", 20, "NO_ANSWER", false, false),
            call(KIM_PHONE, "2026-03-09T10:10", 40, "REFUSED", true, false),
            call(KIM_PHONE, "2026-03-09T14:00", 600, "CONTRACT", true, true));
    private final List<ReportCall> leesMonday = List.of(
            call(LEE_PHONE, "2026-03-09T10:20", 15, "NO_ANSWER", false, false),
            call(LEE_PHONE, "2026-03-09T15:00", 30, "DO_NOT_CALL", true, false));

    private void importMonday() {
        imports.upsertCalls(AGENT, kimsMonday, "day reports", seoul("2026-03-10T09:00"));
        imports.upsertCalls(OTHER, leesMonday, "day reports", seoul("2026-03-10T09:00"));
    }

    private static final Instant MONDAY = seoul("2026-03-09T00:00");
    private static final Instant TUESDAY = seoul("2026-03-10T00:00");

    @Test
    void theTeamLeadSeesEveryAgentsDayAndTheDeskItsOwn() {
        importMonday();

        assertThat(teamStats.byAgent(MONDAY, TUESDAY, Optional.empty())).containsExactlyInAnyOrder(
                new CallSums(AGENT, 0, 3, 2, 660_000, 1, 0), new CallSums(OTHER, 0, 2, 1, 45_000, 0, 1));
        assertThat(deskStats.byAgent(MONDAY, TUESDAY, Optional.of(AGENT)))
                .containsExactly(new CallSums(AGENT, 0, 3, 2, 660_000, 1, 0));
        assertThat(deskStats.byAgent(TUESDAY, TUESDAY.plusSeconds(86_400), Optional.of(AGENT))).isEmpty();
    }

    @Test
    void theQuarterHoursOfTheDayHoldTheirCalls() {
        importMonday();
        long tenOClock = seoul("2026-03-09T10:00").toEpochMilli() / StatsStore.SLOT_MILLIS;

        assertThat(deskStats.bySlot(MONDAY, TUESDAY, Optional.of(AGENT))).extracting(CallSums::slot, CallSums::dials)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(tenOClock, 2),
                        org.assertj.core.groups.Tuple.tuple(tenOClock + 16, 1));
    }

    @Test
    void aReimportedDayCountsNothingTwiceAndACorrectedCallMovesItsFigures() {
        importMonday();

        assertThat(imports.upsertCalls(AGENT, kimsMonday, "day reports", seoul("2026-03-10T09:00")))
                .isEqualTo(new Upserted(0, 0));
        ReportCall first = kimsMonday.get(0);
        ReportCall corrected = new ReportCall(first.id(), KIM_PHONE, "홍길동", first.startedAt(),
                first.startedAt().plusSeconds(300), "CONTRACT", true, true, "", 35_000);
        assertThat(imports.upsertCalls(AGENT, List.of(corrected), "day reports", seoul("2026-03-10T09:00")))
                .isEqualTo(new Upserted(0, 1));

        assertThat(deskStats.byAgent(MONDAY, TUESDAY, Optional.of(AGENT)))
                .containsExactly(new CallSums(AGENT, 0, 3, 3, 940_000, 2, 0));
        assertThat(TableRows.of(engine.teamLead(), "SELECT slot, agent_id, dials, contacts, talk_ms, sales, dnc FROM stats_slot "
                + "WHERE dials <> 0", 7)).isEqualTo(TableRows.of(engine.teamLead(), StatsRollup.RECOUNT, 7));
        assertThat(imports.calls(AGENT, MONDAY, TUESDAY)).extracting(ReportCall::id)
                .containsExactly(first.id(), kimsMonday.get(1).id(), kimsMonday.get(2).id());
        assertThat(imports.calls(AGENT, MONDAY, TUESDAY).get(2).premiumWon()).isEqualTo(35_000);
    }

    @Test
    void aCallHistoryWithABadRowImportsNothing() {
        importMonday();
        String before = engine.queryOne("SELECT count(*) FROM call_attempt") + "/"
                + engine.queryOne("SELECT count(*) FROM lead") + "/" + engine.queryOne("SELECT sum(dials) FROM stats_slot");
        List<ReportCall> broken = List.of(
                call("+821022229999", "2026-03-10T10:00", 20, "NO_ANSWER", false, false),
                call(KIM_PHONE, "2026-03-10T10:05", 20, "NO_SUCH_OUTCOME", false, false));

        assertThatThrownBy(() -> imports.upsertCalls(AGENT, broken, "day reports", seoul("2026-03-10T11:00")))
                .isInstanceOf(RuntimeException.class);

        assertThat(engine.queryOne("SELECT count(*) FROM call_attempt") + "/"
                + engine.queryOne("SELECT count(*) FROM lead") + "/" + engine.queryOne("SELECT sum(dials) FROM stats_slot"))
                .isEqualTo(before);
    }

    @Test
    void daysWorkedAndDaysSinceTheLastSaleCountLocalDaysWithADial() {
        importMonday();
        imports.upsertCalls(AGENT, List.of(call(KIM_PHONE, "2026-03-10T10:00", 20, "NO_ANSWER", false, false)),
                "day reports", seoul("2026-03-10T11:00"));
        Instant weekAgo = seoul("2026-03-04T00:00");
        Instant wednesday = seoul("2026-03-11T00:00");

        Map<AgentId, Integer> worked = teamStats.daysWorked(weekAgo, wednesday, TestClocks.SEOUL);
        assertThat(worked).containsEntry(AGENT, 2).containsEntry(OTHER, 1);
        Map<AgentId, Integer> withoutSale = teamStats.daysWithoutSale(weekAgo, wednesday, TestClocks.SEOUL);
        assertThat(withoutSale).containsEntry(AGENT, 1).containsEntry(OTHER, 1);
    }

    @Test
    void aStreakWithoutASaleCountsTheDaysWorkedSinceTheSaleOrOverTheYearBackAndTheDeskSeesItsOwn() {
        imports.upsertCalls(AGENT, List.of(call(KIM_PHONE, "2026-03-01T11:00", 300, "CONTRACT", true, true),
                call(KIM_PHONE, "2026-03-02T10:00", 20, "NO_ANSWER", false, false),
                call(KIM_PHONE, "2026-03-05T23:50", 20, "NO_ANSWER", false, false),
                call(KIM_PHONE, "2026-03-09T09:00", 20, "NO_ANSWER", false, false)), "day reports", TUESDAY);
        // Lee never sold: the first day of the year back (its first quarter hour), a day in June, Monday.
        imports.upsertCalls(OTHER, List.of(call(LEE_PHONE, "2025-03-10T00:05", 20, "NO_ANSWER", false, false),
                call(LEE_PHONE, "2025-06-20T10:00", 20, "NO_ANSWER", false, false),
                call(LEE_PHONE, "2026-03-09T10:00", 20, "NO_ANSWER", false, false)), "day reports", TUESDAY);
        Instant yearBack = seoul("2025-03-10T00:00");

        assertThat(teamStats.daysWithoutSale(yearBack, TUESDAY, TestClocks.SEOUL))
                .containsEntry(AGENT, 3).containsEntry(OTHER, 3);
        assertThat(deskStats.daysWithoutSale(yearBack, TUESDAY, TestClocks.SEOUL)).containsEntry(AGENT, 3);
        // A lookback that starts after Lee's first call leaves that day out.
        assertThat(teamStats.daysWithoutSale(seoul("2025-03-10T00:15"), TUESDAY, TestClocks.SEOUL))
                .containsEntry(OTHER, 2);
    }

    @Test
    void theDaysCallsAreListedForTheAgentInTheOrderTheyWereMade() {
        importMonday();

        assertThat(deskStats.calls(AGENT, MONDAY, TUESDAY)).extracting(StatsStore.CallLine::disposition)
                .containsExactly("NO_ANSWER", "REFUSED", "CONTRACT");
        assertThat(deskStats.agents()).extracting(a -> a.id()).contains(AGENT, OTHER);
    }

    @Test
    void anImportedDayIsRememberedWithItsExportTime() {
        DateRange monday = new DateRange(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09"));
        assertThat(imports.importedExport(AGENT, monday)).isEmpty();

        imports.markImported(AGENT, monday, seoul("2026-03-09T18:00"), "kim-0309.json", seoul("2026-03-10T09:00"));
        imports.markImported(AGENT, monday, seoul("2026-03-09T19:00"), "kim-0309b.json", seoul("2026-03-10T09:05"));

        assertThat(imports.importedExport(AGENT, monday)).contains(seoul("2026-03-09T19:00"));
    }

    @Test
    void aCallsOutcomeMovesTheLeadOnlyWhenItIsTheLeadsLatestCall() {
        importMonday();

        assertThat(imports.applyOutcomes(List.of(
                new CallImportStore.LeadOutcome(KIM_PHONE, kimsMonday.get(2).endedAt(), LeadStatus.CONTRACTED),
                new CallImportStore.LeadOutcome(LEE_PHONE, leesMonday.get(0).endedAt(), LeadStatus.REFUSED)),
                seoul("2026-03-10T09:00"))).isEqualTo(1);

        assertThat(engine.queryOne("SELECT status FROM lead WHERE phone = '" + KIM_PHONE + "'")).isEqualTo("CONTRACTED");
        assertThat(engine.queryOne("SELECT attempt_count FROM lead WHERE phone = '" + KIM_PHONE + "'")).isEqualTo("3");
        assertThat(engine.queryOne("SELECT status FROM lead WHERE phone = '" + LEE_PHONE + "'")).isEqualTo("NEW");
    }
}

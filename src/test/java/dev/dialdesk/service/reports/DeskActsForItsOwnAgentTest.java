package dev.dialdesk.service.reports;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.testing.StatsFixture;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kim's desk and a team lead's desk (T0001) that imports Kim's day reports, each a real SQLite file.
 * Kim's contract of Thursday 6 March 2025 gets a QA re-recording request: its deadline is the end of
 * Monday 10 March (Tuesday 00:00 Seoul, exclusive).
 */
class DeskActsForItsOwnAgentTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 3, 6);
    private static final DateRange THURSDAY_TO_TUESDAY = new DateRange(THURSDAY, LocalDate.of(2025, 3, 11));
    private static final Agent KIM_AGENT = new Agent(KIM, "Kim");

    @TempDir
    Path dir;
    private StatsFixture kimDesk;
    private StatsFixture leadDesk;
    private Contract case1;

    @BeforeEach
    void setUp() throws Exception {
        kimDesk = new StatsFixture(Files.createDirectories(dir.resolve("kim")));
        kimDesk.db.settings.set(SettingKeys.AGENT_ID, KIM.value());
        case1 = kimDesk.contract(KIM, "2025-03-06T16:00", 50_000);
        kimDesk.contracts().requireReRecording(case1.id(), "missing consent", THURSDAY, KIM);
        leadDesk = new StatsFixture(Files.createDirectories(dir.resolve("lead")));
        leadDesk.db.settings.set(SettingKeys.AGENT_ID, "T0001");
        leadDesk.db.sql("DELETE FROM lead_batch WHERE agent_id = 'A1024'");
        leadDesk.db.sql("DELETE FROM agent WHERE id = 'A1024'");
    }

    @AfterEach
    void tearDown() {
        kimDesk.close();
        leadDesk.close();
    }

    private Path exportFromKimsDesk(String name) {
        Path file = dir.resolve(name);
        kimDesk.services().dayReports().export(KIM_AGENT, THURSDAY_TO_TUESDAY, file);
        return file;
    }

    private static String qaStateOf(StatsFixture desk) {
        return desk.db.queryString("SELECT qa_state || '/' || coalesce(return_reason, '-') FROM contract "
                + "WHERE premium_won = 50000");
    }

    /** What a desk that returned the case at 00:01 by its deadline (as desks before this fix did) holds. */
    private static void returnedByAnEarlierDeskAtOneMinutePastMidnight(StatsFixture desk) {
        desk.db.sql("UPDATE contract SET qa_state = 'RETURNED', return_reason = 'DEADLINE', "
                + "returned_at = qa_deadline_at, re_recorded_at = NULL, updated_at = "
                + desk.db.seoul("2025-03-11T00:01").toEpochMilli() + " WHERE premium_won = 50000");
    }

    private void kimReRecordsOnMondayAt2300() {
        kimDesk.db.clock.set("2025-03-10T23:00");
        kimDesk.contracts().markReRecorded(case1.id(), kimDesk.db.seoul("2025-03-10T23:00"), KIM);
    }

    @Test
    void aTeamLeadsDeskNeverReturnsItsAgentsContractsAtTheDeadline() {
        leadDesk.services().dayReports().importFile(exportFromKimsDesk("kim-friday.json"));
        leadDesk.db.clock.set("2025-03-11T00:01");

        assertThat(leadDesk.contracts().expireOverdue()).isEmpty();
        assertThat(leadDesk.contracts().startUp()).isEmpty();

        assertThat(qaStateOf(leadDesk)).isEqualTo("RE_RECORDING_REQUIRED/-");
    }

    @Test
    void theAgentsOwnDeskStillReturnsItsOwnCaseAtTheDeadline() {
        kimDesk.db.clock.set("2025-03-11T00:00");

        assertThat(kimDesk.contracts().expireOverdue()).extracting(Contract::id).containsExactly(case1.id());
        assertThat(qaStateOf(kimDesk)).isEqualTo("RETURNED/DEADLINE");
    }

    @Test
    void aReRecordingMadeBeforeTheDeadlineOverridesAReturnByTheDeadlineThatArrivedFirst() {
        DayReportService lead = leadDesk.services().dayReports();
        lead.importFile(exportFromKimsDesk("kim-friday.json"));
        returnedByAnEarlierDeskAtOneMinutePastMidnight(leadDesk);
        kimReRecordsOnMondayAt2300();

        ImportOutcome outcome = lead.importFile(exportFromKimsDesk("kim-monday.json"));

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.UPDATED);
        assertThat(qaStateOf(leadDesk)).isEqualTo("RE_RECORDED/-");
    }

    @Test
    void aReturnByTheDeadlineArrivingAfterAReRecordingMadeInTimeChangesNothing() {
        kimReRecordsOnMondayAt2300();
        Path reRecorded = exportFromKimsDesk("kim-monday.json");
        returnedByAnEarlierDeskAtOneMinutePastMidnight(kimDesk);
        kimDesk.db.clock.set("2025-03-11T00:01");
        Path returned = exportFromKimsDesk("kim-stale-return.json");
        DayReportService lead = leadDesk.services().dayReports();

        lead.importFile(reRecorded);
        ImportOutcome later = lead.importFile(returned);

        assertThat(later.status()).as("a newer export, read").isEqualTo(ImportOutcome.Status.UPDATED);
        assertThat(qaStateOf(leadDesk)).isEqualTo("RE_RECORDED/-");
    }

    @Test
    void importingAReportRefreshesTheExpiryCacheOfTheDesk() throws Exception {
        Path report = exportFromKimsDesk("kim-friday.json");
        Path newDesk = dir.resolve("kim-new-pc.db");
        AppOptions options = AppOptions.parse(new String[] {"--db", newDesk.toString()});
        try (CompositionRoot root = new CompositionRoot(options, new AppPaths(dir.resolve("data"), options.database()),
                TestClocks.seoul("2025-03-11T09:00"))) {
            root.registerAgent(KIM_AGENT);
            assertThat(root.contracts().service().expireOverdue()).as("nothing open yet").isEmpty();

            root.stats().dayReports().importFile(report);

            assertThat(root.contracts().service().expireOverdue()).singleElement()
                    .satisfies(c -> assertThat(c.agentId()).isEqualTo(KIM));
        }
    }
}

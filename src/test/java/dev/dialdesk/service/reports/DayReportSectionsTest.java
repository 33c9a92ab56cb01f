package dev.dialdesk.service.reports;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.testing.StatsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Callbacks and contracts travel in day reports with stable ids: same file, nothing changes; newer, updates. */
class DayReportSectionsTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 3, 6);
    private static final Agent KIM_AGENT = new Agent(KIM, "Kim");

    @TempDir
    Path dir;
    private StatsFixture agentDesk;
    private StatsFixture leadDesk;
    private Contract k2;

    @BeforeEach
    void setUp() throws Exception {
        agentDesk = new StatsFixture(Files.createDirectories(dir.resolve("agent"))).seed();
        agentDesk.callback(KIM, "2025-03-06T10:00", "DONE", null);
        agentDesk.callback(KIM, "2025-03-06T15:00", "MISSED", "2025-03-06T15:30");
        agentDesk.callback(KIM, "2025-03-06T16:00", "PENDING", null);
        ContractService contracts = agentDesk.contracts();
        agentDesk.contract(KIM, "2025-03-06T14:05", 35_000);
        k2 = agentDesk.contract(KIM, "2025-03-06T16:00", 50_000);
        contracts.requireReRecording(k2.id(), "missing consent", THURSDAY, KIM);
        agentDesk.db.clock.set(StatsFixture.TODAY);
        leadDesk = new StatsFixture(Files.createDirectories(dir.resolve("lead")));
        leadDesk.db.sql("DELETE FROM lead_batch WHERE agent_id = 'A1024'");
        leadDesk.db.sql("DELETE FROM agent WHERE id = 'A1024'");
    }

    @AfterEach
    void tearDown() {
        agentDesk.close();
        leadDesk.close();
    }

    private Path export(String name) {
        Path file = dir.resolve(name);
        agentDesk.services().dayReports().export(KIM_AGENT, DateRange.day(THURSDAY), file);
        return file;
    }

    private static AgentMetrics kim(StatsFixture desk) {
        return desk.services().stats().report(DateRange.day(THURSDAY), Optional.of(KIM)).team();
    }

    @Test
    void theLeadSeesTheAgentsCallbacksAndContractsAndReimportChangesNothing() {
        DayReportService lead = leadDesk.services().dayReports();
        ImportOutcome first = lead.importFile(export("kim.json"));
        assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(first.added()).isEqualTo(5 + 3 + 2);       // calls + callbacks + contracts

        AgentMetrics atLead = kim(leadDesk);
        assertThat(atLead.callbacksDue()).isEqualTo(3);
        assertThat(atLead.callbacksKept()).isEqualTo(1);
        assertThat(atLead.callbacksMissed()).isEqualTo(1);
        assertThat(atLead.contracts()).isEqualTo(2);
        assertThat(atLead.premiumWon()).isEqualTo(85_000);
        assertThat(atLead.qaOpen()).isEqualTo(1);
        assertThat(atLead).usingRecursiveComparison().ignoringFields("batchLeads", "batchUntouched")
                .isEqualTo(kim(agentDesk));

        String callbacks = leadDesk.db.queryString("SELECT group_concat(report_id || status || updated_at) FROM callback");
        String contracts = leadDesk.db.queryString("SELECT group_concat(report_id || qa_state || updated_at) FROM contract");
        leadDesk.db.sql("DELETE FROM day_report_import");     // past the file check: the records themselves are idempotent
        ImportOutcome again = lead.importFile(export("kim-again.json"));
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(leadDesk.db.queryString("SELECT group_concat(report_id || status || updated_at) FROM callback"))
                .isEqualTo(callbacks);
        assertThat(leadDesk.db.queryString("SELECT group_concat(report_id || qa_state || updated_at) FROM contract"))
                .isEqualTo(contracts);
    }

    @Test
    void aNewerExportUpdatesTheContractsQaState() {
        DayReportService lead = leadDesk.services().dayReports();
        lead.importFile(export("kim-old.json"));
        agentDesk.db.clock.set("2025-03-06T19:00");
        agentDesk.contracts().markReRecorded(k2.id(), agentDesk.db.seoul("2025-03-06T18:55"), KIM);
        agentDesk.db.clock.set("2025-03-07T09:00");

        ImportOutcome newer = lead.importFile(export("kim-new.json"));
        assertThat(newer.status()).isEqualTo(ImportOutcome.Status.UPDATED);
        assertThat(newer.added()).isEqualTo(1);               // the changed contract
        assertThat(leadDesk.db.count("SELECT count(*) FROM contract")).isEqualTo(2);
        assertThat(leadDesk.db.queryString("SELECT qa_state FROM contract WHERE premium_won = 50000"))
                .isEqualTo("RE_RECORDED");
        assertThat(kim(leadDesk).qaOpen()).isZero();
    }

    @Test
    void aBadRecordRefusesTheFileWithNothingWritten() throws Exception {
        Path file = export("kim.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"premium_won\" : 35000", "\"premium_won\" : -1"));
        ImportOutcome outcome = leadDesk.services().dayReports().importFile(file);
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(outcome.message().key()).isEqualTo("reports.refused.section");
        assertThat(outcome.message().args()[2]).hasToString(
                new dev.dialdesk.domain.i18n.Message("reports.section.badField", "contracts[0].premium_won").toString());
        assertThat(leadDesk.db.count("SELECT count(*) FROM call_attempt")).isZero();
        assertThat(leadDesk.db.count("SELECT count(*) FROM contract")).isZero();
        assertThat(leadDesk.db.count("SELECT count(*) FROM callback")).isZero();
    }
}

package dev.dialdesk.service.reports;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.CallbackMetricsSource;
import dev.dialdesk.service.stats.ContractMetricsSource;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.testing.StatsFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent's desk exports day reports; the team lead's desk imports them. */
class DayReportImportTest {

    private static final DateRange THURSDAY = DateRange.day(LocalDate.of(2025, 3, 6));
    private static final Agent KIM_AGENT = new Agent(KIM, "Kim");

    @TempDir
    Path dir;
    private StatsFixture agentDesk;
    private StatsFixture leadDesk;

    @BeforeEach
    void setUp() throws Exception {
        agentDesk = new StatsFixture(Files.createDirectories(dir.resolve("agent"))).seed();
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
        agentDesk.services().dayReports().export(KIM_AGENT, THURSDAY, file);
        return file;
    }

    private String rollup(StatsFixture desk) {
        return desk.db.queryString("SELECT group_concat(slot || ':' || agent_id || ':' || dials || ':' || contacts || ':' "
                + "|| talk_ms || ':' || sales || ':' || dnc, ',') FROM (SELECT * FROM stats_slot WHERE dials > 0 ORDER BY 1, 2)");
    }

    @Test
    void importRegistersTheAgentAndReimportChangesNothing() throws Exception {
        Path file = export("kim-2025-03-06.json");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        DayReportService lead = leadDesk.services().dayReports();
        ImportOutcome first = lead.importFile(file);
        assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(first.added()).isEqualTo(5);
        assertThat(leadDesk.db.queryString("SELECT name FROM agent WHERE id = 'A1024'")).isEqualTo("Kim");
        assertThat(leadDesk.db.count("SELECT count(*) FROM call_attempt WHERE agent_id = 'A1024'")).isEqualTo(5);
        String before = rollup(leadDesk);

        ImportOutcome again = lead.importFile(file);
        assertThat(again.status()).isEqualTo(ImportOutcome.Status.UNCHANGED);
        assertThat(leadDesk.db.count("SELECT count(*) FROM call_attempt")).isEqualTo(5);
        assertThat(rollup(leadDesk)).isEqualTo(before);

        // The lead's dashboard shows the agent's call figures of Thursday as the agent's own does
        // (lead batches do not travel in day reports, so the batch figures stay on the agent's desk).
        var atLead = leadDesk.services().stats().report(THURSDAY, java.util.Optional.of(KIM)).team();
        var atAgent = agentDesk.services().stats().report(THURSDAY, java.util.Optional.of(KIM)).team();
        assertThat(atLead).usingRecursiveComparison().ignoringFields("batchLeads", "batchUntouched").isEqualTo(atAgent);
    }

    @Test
    void aNewerExportOfTheSameDayUpdatesAndAnOlderOneIsSkipped() {
        Path older = export("kim-old.json");
        DayReportService lead = leadDesk.services().dayReports();
        lead.importFile(older);
        agentDesk.call(KIM, "2025-03-06T16:00", DefaultDispositions.BUSY, 3);
        agentDesk.db.clock.set("2025-03-07T09:00");
        Path newer = export("kim-new.json");

        ImportOutcome updated = lead.importFile(newer);
        assertThat(updated.status()).isEqualTo(ImportOutcome.Status.UPDATED);
        assertThat(updated.added()).isEqualTo(1);
        assertThat(leadDesk.db.count("SELECT count(*) FROM call_attempt")).isEqualTo(6);
        assertThat(lead.importFile(older).status()).isEqualTo(ImportOutcome.Status.OLDER);
        assertThat(leadDesk.db.count("SELECT sum(dials) FROM stats_slot")).isEqualTo(6);
    }

    @Test
    void aFolderIsImportedFileByFileAndBadFilesAreRefusedWithNothingWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("inbox"));
        String good = Files.readString(export("kim.json"));
        Files.writeString(folder.resolve("1-good.json"), good);
        Files.writeString(folder.resolve("2-truncated.json"), good.substring(0, good.length() / 2));
        Files.writeString(folder.resolve("3-newer.json"), good.replace("\"schema_version\" : 1", "\"schema_version\" : 2")
                .replace("A1024", "A7777"));
        Files.writeString(folder.resolve("4-leads.json"), "[{\"이름\": \"홍길동\", \"연락처\": \"010-1234-5678\"}]");
        Files.writeString(folder.resolve("5-badfield.json"), good.replace("A1024", "A8888")
                .replaceFirst("\"started_at\" : \"[^\"]+\"", "\"started_at\" : \"yesterday\""));
        Files.writeString(folder.resolve("6-unknown.json"), good.replace("A1024", "A9999")
                .replaceFirst("\"disposition\" : \"NO_ANSWER\"", "\"disposition\" : \"MAYBE\""));

        List<ImportOutcome> outcomes = leadDesk.services().dayReports().importAll(List.of(folder));

        assertThat(outcomes).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.IMPORTED,
                ImportOutcome.Status.REFUSED, ImportOutcome.Status.REFUSED, ImportOutcome.Status.REFUSED,
                ImportOutcome.Status.REFUSED, ImportOutcome.Status.REFUSED);
        assertThat(outcomes.get(1).message().key()).isEqualTo("reports.refused.malformed");
        assertThat(outcomes.get(1).message().args()[0]).isEqualTo("2-truncated.json");
        assertThat((int) outcomes.get(1).message().args()[1]).isPositive();          // the line
        assertThat(outcomes.get(2).message()).isEqualTo(new Message("reports.refused.newer", "3-newer.json", 2, 1));
        assertThat(outcomes.get(3).message()).isEqualTo(new Message("reports.refused.notReport", "4-leads.json"));
        assertThat(outcomes.get(4).message()).isEqualTo(
                new Message("reports.refused.field", "5-badfield.json", "calls[0].started_at"));
        assertThat(outcomes.get(5).message()).isEqualTo(
                new Message("reports.refused.disposition", "6-unknown.json", "calls[0].disposition", "MAYBE"));
        assertThat(leadDesk.db.count("SELECT count(*) FROM call_attempt")).isEqualTo(5);   // the good file only
        assertThat(leadDesk.db.count("SELECT count(*) FROM agent WHERE id IN ('A7777', 'A8888', 'A9999')")).isZero();
    }

    @Test
    void aSectionThatFailsRollsBackTheWholeFile() {
        Path file = export("kim.json");
        ReportSection failing = new ReportSection() {
            @Override
            public String name() {
                return "callbacks";
            }

            @Override
            public List<Map<String, Object>> export(AgentId agent, Instant from, Instant to) {
                return List.of();
            }

            @Override
            public List<Message> validate(List<Map<String, Object>> records) {
                return List.of();
            }

            @Override
            public int importRecords(AgentId agent, List<Map<String, Object>> records) {
                throw new ReportRefusedException(new Message("reports.refused.field", "kim.json", "callbacks[0].due_at"),
                        "test");
            }
        };
        DayReportService lead = leadDesk.services(CallbackMetricsSource.NONE, ContractMetricsSource.NONE,
                List.of(failing)).dayReports();
        assertThat(lead.importFile(file).status()).isEqualTo(ImportOutcome.Status.REFUSED);
        assertThat(leadDesk.db.count("SELECT count(*) FROM call_attempt")).isZero();
        assertThat(leadDesk.db.count("SELECT count(*) FROM stats_slot")).isZero();
        assertThat(leadDesk.db.count("SELECT count(*) FROM agent WHERE id = 'A1024'")).isZero();
    }

    @Test
    void theFileSaysWhatItIs() throws Exception {
        String json = Files.readString(export("kim.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\" : \"dialdesk-day-report\"", "\"schema_version\" : 1",
                "\"id\" : \"A1024\"", "\"from\" : \"2025-03-06\"", "\"exported_at\" : \"2025-03-07T08:30+09:00\"");
    }
}

package dev.dialdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialdesk.app.StatsServices;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.cases.JacksonPlainJson;
import dev.dialdesk.service.cases.OpenCaseRequest;
import dev.dialdesk.storage.jdbc.JdbcCallbackMetrics;
import dev.dialdesk.service.reports.CheckedSection;
import dev.dialdesk.storage.jdbc.JdbcCaseReportSection;
import dev.dialdesk.storage.jdbc.JdbcContractMetrics;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CasesFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contacts import}, {@code inbox}, {@code cases}, {@code queue}, {@code stats --json} and the day report's cases. */
class CasesCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CasesFixture f, String... args) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        JacksonPlainJson json = new JacksonPlainJson();
        StatsServices stats = stats(f, messages);
        List<Command> commands = List.of(
                new ContactsCommand(f.cases::contacts, messages),
                new CasesCommand(f.cases::cases, json, messages, () -> Optional.of(CallLoopFixture.KIM)),
                new InboxCommand(f.cases::inbox, json, messages),
                new QueueCommand(f.cases::inbox, () -> f.calls().workQueue(), json, messages,
                        () -> Optional.of(CallLoopFixture.KIM)),
                new StatsCommand(stats::stats, stats::exporter, messages, report -> Map.of("cases",
                        f.cases.stats().json(f.loop.seoul("2026-12-01T00:00"), f.loop.seoul("2026-12-02T00:00")))),
                new ReportCommand(stats::dayReports, messages, () -> Optional.of(new Agent(CallLoopFixture.KIM, "Kim"))));
        out.reset();
        err.reset();
        return new Cli(commands, messages, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args), false);
    }

    private static StatsServices stats(CasesFixture f, Messages messages) {
        return new StatsServices(f.loop.database, f.loop.settings, f.loop.clock, messages,
                new JdbcCallbackMetrics(f.loop.database), new JdbcContractMetrics(f.loop.database, f.loop.clock),
                List.of(CheckedSection.cases(new JdbcCaseReportSection(f.loop.database, f.loop.clock))));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTeamLeadSeesTheInboxTheQueueAndTheCasesFromTheCommandLine() throws Exception {
        try (CasesFixture f = new CasesFixture(Files.createDirectories(dir.resolve("desk")), "2026-12-01T09:10")) {
            long batch = f.loop.batch(CallLoopFixture.KIM, "2026-11-30T09:00");
            long customer = f.loop.lead(batch, CallLoopFixture.KIM);
            long caller = f.loop.lead(batch, CallLoopFixture.KIM);
            assertThat(run(f, "contacts", "import", f.file("contacts.csv", CasesFixture.CONTACTS_CSV, true).toString()))
                    .isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 contacts added or changed");
            f.cases.cases().open(CallLoopFixture.KIM, new OpenCaseRequest(customer, null, null, "Washer broken", "",
                    f.cases.cases().templates().get(0).id(), null));
            Path missed = f.file("missed.csv", "number,time,name\n" + f.loop.phoneOf(caller).national()
                    + ",2026-12-01 08:30,\n" + f.loop.phoneOf(caller).national() + ",2026-12-01 08:55,\n", false);
            assertThat(run(f, "inbox", "import", missed.toString())).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 new missed calls");

            assertThat(run(f, "inbox", "--json")).isZero();
            assertThat(json().get(0).get("count").asInt()).isEqualTo(2);
            assertThat(json().get(0).get("age_minutes").asInt()).isEqualTo(40);
            assertThat(json().get(0).get("match").asText()).isEqualTo("LEAD");

            assertThat(run(f, "queue", "--agent", "A1024", "--json")).isZero();
            assertThat(json().get("return_calls").get(0).get("lead_id").asLong()).isEqualTo(caller);
            assertThat(json().get("next").get("tier").asText()).isEqualTo("RETURN_CALL");

            assertThat(run(f, "cases", "--open", "--json")).isZero();
            assertThat(json().get(0).get("steps")).hasSize(5);
            assertThat(json().get(0).get("next_step").asInt()).isEqualTo(1);

            assertThat(run(f, "stats", "--date", "2026-12-01", "--json")).isZero();
            assertThat(json().get("cases").get("team").get("open_cases").asInt()).isEqualTo(1);
            assertThat(json().get("team").has("dials")).isTrue();

            Path report = dir.resolve("kim.json");
            assertThat(run(f, "report", "export", "--date", "2026-12-01", "--out", report.toString())).isZero();
            assertThat(Files.readString(report)).contains("\"cases\"").contains("Washer broken");
        }
        try (CasesFixture lead = new CasesFixture(Files.createDirectories(dir.resolve("lead")), "2026-12-02T08:00")) {
            assertThat(run(lead, "report", "import", dir.resolve("kim.json").toString())).isZero();
            assertThat(lead.loop.count("SELECT count(*) FROM follow_up_case")).isEqualTo(1);
            assertThat(lead.loop.count("SELECT count(*) FROM case_step")).isEqualTo(5);
            CheckedSection section = CheckedSection.cases(new JdbcCaseReportSection(lead.loop.database, lead.loop.clock));
            List<Map<String, Object>> again = section.export(CallLoopFixture.KIM, lead.loop.seoul("2026-12-01T00:00"),
                    lead.loop.seoul("2026-12-02T00:00"));
            assertThat(section.validate(again)).isEmpty();
            assertThat(section.importRecords(CallLoopFixture.KIM, again)).isZero(); // the same records change nothing
            assertThat(lead.loop.count("SELECT count(*) FROM case_step")).isEqualTo(5);
        }
    }
}

package dev.dialdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialdesk.app.StatsServices;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.testing.StatsFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats --json}, {@code report export/import} and {@code import-calls} on real files. */
class StatsCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(StatsServices services, String... args) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        List<Command> commands = List.of(
                new StatsCommand(services::stats, services::exporter, messages),
                new ReportCommand(services::dayReports, messages, () -> Optional.of(new Agent(new AgentId("A1024"), "Kim"))),
                new ImportCallsCommand(services::history, messages));
        out.reset();
        err.reset();
        return new Cli(commands, messages, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args), false);
    }

    @Test
    void statsJsonHasATeamObjectAndAnAgentsList() throws Exception {
        try (StatsFixture fixture = new StatsFixture(dir).seed()) {
            assertThat(run(fixture.services(), "stats", "--from", "2025-03-06", "--to", "2025-03-06", "--json")).isZero();
            JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
            for (String field : List.of("agent", "dials", "contacts", "contact_rate", "talk_seconds", "contracts", "premium",
                    "withdrawals", "callbacks_missed")) {
                assertThat(json.get("team").has(field)).as(field).isTrue();
                assertThat(json.get("agents").get(0).has(field)).as(field).isTrue();
            }
            assertThat(json.get("team").get("dials").asInt()).isEqualTo(8);
            assertThat(json.get("team").get("contact_rate").asDouble()).isEqualTo(0.625);
            assertThat(json.get("agents").get(0).get("agent").asText()).isEqualTo("A1024");
            assertThat(json.get("agents").get(0).get("talk_seconds").asInt()).isEqualTo(810);

            assertThat(run(fixture.services(), "stats", "--date", "2025-03-06", "--agent", "A2048")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("A2048").doesNotContain("A1024");
            assertThat(run(fixture.services(), "stats", "--date", "March")).isEqualTo(Cli.USAGE);
        }
    }

    @Test
    void reportExportThenImportIntoAnotherDesk() throws Exception {
        Path file = dir.resolve("kim.json");
        try (StatsFixture agent = new StatsFixture(Files.createDirectories(dir.resolve("a"))).seed()) {
            assertThat(run(agent.services(), "report", "export", "--date", "2025-03-06", "--out", file.toString())).isZero();
        }
        try (StatsFixture lead = new StatsFixture(Files.createDirectories(dir.resolve("b")))) {
            assertThat(run(lead.services(), "report", "import", file.toString())).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("kim.json: agent A1024, 5 calls added");
            Files.writeString(dir.resolve("bad.json"), "{");
            assertThat(run(lead.services(), "report", "import", file.toString(), dir.resolve("bad.json").toString()))
                    .isEqualTo(Cli.FAILED);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("already imported");
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.json is not valid JSON");
        }
    }
}

package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.cli.Cli;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.imports.ImportProgress;
import dev.dialdesk.service.imports.ImportRequest;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.storage.postgres.PostgresLogin;
import dev.dialdesk.testing.DeskDay;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import dev.dialdesk.testing.TestClocks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code team upload --from DESK.db} on a real server, with a desk file made by the real app: a real
 * CSV imported, calls recorded, a callback booked, a contract with a QA case, a do-not-call request.
 * Uploaded twice: the second adds nothing; the desk's dashboard equals the server's for the agent; the
 * desk file is only read; a lead the server had under the same number is reported, not copied.
 */
@ExtendWith(RequiresPostgres.class)
class DeskUploadTest {

    private static final Path SAMPLE = DeskDay.SAMPLE;
    private static final AgentId AGENT = TeamFixture.KIM;

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.seoul("2026-03-10T10:00");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aDeskUploadedTwiceIsOnTheServerOnceWithTheSameDashboardFigures() throws Exception {
        try (TeamFixture team = new TeamFixture()) {
            Path deskFile = folder.resolve("dialdesk.db");
            AgentMetrics onDesk;
            String knownPhone;
            try (CompositionRoot desk = DeskDay.desk(folder, deskFile, new Agent(AGENT, "김민준"), clock)) {
                DeskDay.work(desk, AGENT, clock);
                onDesk = DeskDay.dashboard(desk.stats(), AGENT);
                knownPhone = desk.database().read(c -> {
                    try (var s = c.createStatement(); var rs = s.executeQuery(
                            "SELECT phone FROM lead WHERE attempt_count = 0 ORDER BY id DESC LIMIT 1")) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
            }
            long otherAgentsLead = team.lead(team.batch(TeamFixture.LEE), TeamFixture.LEE, PhoneNumber.ofE164(knownPhone));
            String before = sha256(deskFile);

            assertThat(run(team, TeamFixture.LEAD, "team", "upload", "--from", deskFile.toString())).isZero();
            assertThat(output()).contains("Uploaded the desk of A1024", "calls: 5 added", "contracts: 1 added",
                    "callbacks: 1 added", "do-not-call numbers: 1 added",
                    "already on the server as lead #" + otherAgentsLead + " of A2048");
            assertThat(sha256(deskFile)).as("the desk file is only read").isEqualTo(before);
            assertThat(team.queryOne("SELECT count(*) FROM lead WHERE phone = '" + knownPhone + "'")).isEqualTo("1");
            assertThat(team.queryOne("SELECT qa_state || ' ' || qa_reason FROM contract WHERE agent_id = 'A1024'"))
                    .isEqualTo("RE_RECORDING_REQUIRED 녹취 불량");
            AgentMetrics onServer = DeskDay.dashboard(new StatsServices(team.desk(TeamFixture.LEAD), centre(), clock,
                    Messages.forLocale(Locale.ENGLISH)), AGENT);
            assertThat(onServer).as("the server's dashboard for the agent").usingRecursiveComparison()
                    .ignoringFields("batchLeads", "batchUntouched").isEqualTo(onDesk);
            assertThat(onServer.batchLeads()).as("the lead A2048 had already stays A2048's").isEqualTo(onDesk.batchLeads() - 1);
            assertThat(onServer.batchUntouched()).isEqualTo(onDesk.batchUntouched() - 1);

            String counts = rowCounts(team);
            assertThat(run(team, TeamFixture.LEAD, "team", "upload", "--from", deskFile.toString(), "--json")).isZero();
            assertThat(output().replaceAll("\\s", "")).contains("\"agent\":\"A1024\"",
                    "\"call\":{\"added\":0,\"already_uploaded\":5,\"already_on_server\":0}",
                    "\"do_not_call\":{\"added\":0,\"already_listed\":1}").doesNotContain("\"added\":1");
            assertThat(rowCounts(team)).as("uploading twice adds nothing").isEqualTo(counts);
            assertThat(run(team, TeamFixture.LEAD, "team", "upload", "--from", deskFile.toString())).isZero();
            assertThat(output()).contains("Nothing new: this desk was uploaded before.");
            assertThat(DeskDay.dashboard(new StatsServices(team.desk(TeamFixture.LEAD), centre(), clock,
                    Messages.forLocale(Locale.ENGLISH)), AGENT)).isEqualTo(onServer);
        }
    }

    @Test
    void aDesksDayReportImportedBeforeTheUploadIsNotUploadedTwice() throws Exception {
        try (TeamFixture team = new TeamFixture()) {
            Path deskFile = folder.resolve("dialdesk.db");
            Path report = folder.resolve("A1024-0310.json");
            try (CompositionRoot desk = DeskDay.desk(folder, deskFile, new Agent(AGENT, "김민준"), clock)) {
                DeskDay.work(desk, AGENT, clock);
                desk.stats().dayReports().export(desk.currentAgent().orElseThrow(),
                        dev.dialdesk.domain.DateRange.day(DeskDay.DAY), report);
            }
            StatsServices server = new StatsServices(team.desk(TeamFixture.LEAD), centre(), clock,
                    Messages.forLocale(Locale.ENGLISH));
            server.dayReports().importFile(report);
            AgentMetrics afterTheReport = DeskDay.dashboard(server, AGENT);

            assertThat(run(team, TeamFixture.LEAD, "team", "upload", "--from", deskFile.toString())).isZero();
            assertThat(output()).contains("calls: 0 added, 0 uploaded before, 5 already on the server",
                    "callbacks: 0 added, 0 uploaded before, 1 already on the server",
                    "contracts: 0 added, 0 uploaded before, 1 already on the server");
            assertThat(DeskDay.dashboard(server, AGENT)).usingRecursiveComparison()
                    .ignoringFields("batchLeads", "batchUntouched").isEqualTo(afterTheReport);
        }
    }

    @Test
    void anUploadThatFailsHalfwayLeavesTheServerAsItWasAndTheNextOneCompletesIt() throws Exception {
        try (TeamFixture team = new TeamFixture()) {
            Path deskFile = folder.resolve("dialdesk.db");
            try (CompositionRoot desk = DeskDay.desk(folder, deskFile, new Agent(AGENT, "김민준"), clock)) {
                DeskDay.work(desk, AGENT, clock);
            }
            String before = rowCounts(team);
            // the server breaks down after the leads, calls and contracts went in, at the first callback
            team.sql("CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'disk full'; END $$");
            team.sql("CREATE TRIGGER test_refuse BEFORE INSERT ON callback FOR EACH ROW EXECUTE FUNCTION test_refuse()");

            assertThat(run(team, TeamFixture.LEAD, "team", "upload", "--from", deskFile.toString())).isNotZero();
            assertThat(rowCounts(team)).as("nothing of the failed upload stayed").isEqualTo(before);

            team.sql("DROP TRIGGER test_refuse ON callback");
            assertThat(run(team, TeamFixture.LEAD, "team", "upload", "--from", deskFile.toString())).isZero();
            assertThat(output()).contains("calls: 5 added", "callbacks: 1 added");
        }
    }

    @Test
    void anAgentWithoutALoginOnTheServerIsRefusedInWordsAndNothingIsUploaded() throws Exception {
        try (TeamFixture team = new TeamFixture()) {
            Path deskFile = folder.resolve("new-agent.db");
            try (CompositionRoot desk = DeskDay.desk(folder, deskFile, new Agent(new AgentId("A4096"), "최지훈"), clock)) {
                desk.leadImportService().importFile(new ImportRequest(SAMPLE, new AgentId("A4096"), null, null),
                        ImportProgress.NONE);
            }
            String counts = rowCounts(team);

            assertThat(run(team, TeamFixture.LEAD, "team", "upload", "--from", deskFile.toString())).isNotZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("Agent A4096 is not on the team server yet",
                    "team add-agent A4096");
            assertThat(rowCounts(team)).isEqualTo(counts);
        }
    }

    @Test
    void anAgentsLoginMayNotUploadADesk() throws Exception {
        try (TeamFixture team = new TeamFixture()) {
            Path deskFile = folder.resolve("dialdesk.db");
            try (CompositionRoot desk = DeskDay.desk(folder, deskFile, new Agent(AGENT, "김민준"), clock)) {
                desk.leadImportService().importFile(new ImportRequest(SAMPLE, AGENT, null, null), ImportProgress.NONE);
            }
            String counts = rowCounts(team);

            assertThat(run(team, AGENT, "team", "upload", "--from", deskFile.toString())).isNotZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not allow a1024");
            assertThat(rowCounts(team)).isEqualTo(counts);
        }
    }

    private Settings centre() {
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        return settings;
    }

    private static String rowCounts(TeamFixture team) {
        return team.queryOne("SELECT (SELECT count(*) FROM lead_batch) || ' ' || (SELECT count(*) FROM lead) || ' ' || "
                + "(SELECT count(*) FROM call_attempt) || ' ' || (SELECT count(*) FROM callback) || ' ' || "
                + "(SELECT count(*) FROM contract) || ' ' || (SELECT count(*) FROM do_not_call) || ' ' || "
                + "(SELECT count(*) FROM import_issue) || ' ' || (SELECT count(*) FROM desk_upload)");
    }

    /** {@code dialdesk --db postgresql://LOGIN@… ARGS} as {@code login}, the password from PGPASSWORD. */
    private int run(TeamFixture team, AgentId login, String... args) {
        PostgresLogin as = team.scratch.as(login.value().toLowerCase(Locale.ROOT), new String(team.password(login)));
        DatabaseTarget.Server server = (DatabaseTarget.Server) DatabaseTarget.parse(
                as.jdbcUrl().replace("jdbc:postgresql://", "postgresql://" + as.user() + "@"));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        out.reset();
        err.reset();
        try (TeamServices services = new TeamServices(server, new ServerLogin(Map.of("PGPASSWORD", as.password()),
                folder, shown -> Optional.empty()), centre(), messages, clock)) {
            Cli cli = new Cli(TeamCommands.onServer(() -> services, messages, Optional::empty, prompt -> Optional.empty(),
                    new ByteArrayInputStream(new byte[0])), messages, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return cli.run(List.of(args), false);
        }
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

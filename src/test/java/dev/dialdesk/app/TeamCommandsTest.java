package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.cli.Cli;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.contracts.ContractSettingKeys;
import dev.dialdesk.service.settings.CentreRules;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.postgres.PostgresCentreSettings;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLeadClaims;
import dev.dialdesk.storage.postgres.PostgresLogin;
import dev.dialdesk.testing.PostgresTestServer;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import dev.dialdesk.testing.TestClocks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team lead's commands run in-process against a real PostgreSQL server ({@code --db postgresql://…},
 * the password from PGPASSWORD): team init, add-agent, agents, reassign, rules; the hand-out at import;
 * dnc add in force for every desk; centre rules an agent's login cannot change.
 */
@ExtendWith(RequiresPostgres.class)
class TeamCommandsTest {

    private static final Clock CLOCK = TestClocks.seoul("2026-03-10T08:30");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** {@code dialdesk --db postgresql://USER@host:port/db ARGS} with PGPASSWORD set and {@code stdin}. */
    private int run(PostgresLogin login, String stdin, String... args) {
        DatabaseTarget.Server server = (DatabaseTarget.Server) DatabaseTarget.parse(
                login.jdbcUrl().replace("jdbc:postgresql://", "postgresql://" + login.user() + "@"));
        Settings settings = Settings.inMemory();
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        out.reset();
        err.reset();
        try (TeamServices team = new TeamServices(server, new ServerLogin(Map.of("PGPASSWORD", login.password()),
                dir, shown -> Optional.empty()), settings, messages, CLOCK)) {
            Cli cli = new Cli(TeamCommands.onServer(() -> team, messages, Optional::empty, prompt -> Optional.empty(),
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))),
                    messages, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return cli.run(List.of(args), false);
        }
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PostgresLogin as(TeamFixture team, AgentId agent) {
        return team.scratch.as(agent.value().toLowerCase(Locale.ROOT), new String(team.password(agent)));
    }

    @Test
    void theTeamLeadSetsUpTheCentreAndTheNewAgentLogsInWithThePasswordGivenOnStandardInput() {
        try (PostgresTestServer.Scratch scratch = PostgresTestServer.fromEnvironment().freshDatabase()) {
            PostgresLogin owner = scratch.owner();
            assertThat(run(owner, "", "team", "init")).isZero();
            assertThat(output()).contains("is ready");

            assertThat(run(owner, "s3cret-pw\n", "team", "add-agent", "A1024", "--name", "김민준", "--password-stdin"))
                    .isZero();
            assertThat(output()).contains("Agent A1024 (김민준) added: logs in as a1024");
            assertThat(run(owner, "lead-pw\n", "team", "add-agent", "TL01", "--name", "박팀장", "--lead",
                    "--password-stdin")).isZero();

            assertThat(run(owner, "", "team", "agents")).isZero();
            assertThat(output()).contains("A1024\t김민준\tlogin a1024", "TL01\t박팀장\tlogin tl01\tteam lead");
            try (PostgresDatabase desk = PostgresDatabase.open(scratch.as("a1024", "s3cret-pw"),
                    PostgresDatabase.Mode.REQUIRE_CURRENT, 1)) {
                assertThat(desk.schemaVersion()).isPositive();
            }
        }
    }

    @Test
    void aNewAgentWithoutAPasswordOnStandardInputOrATerminalIsAWrongCommandLine() {
        try (TeamFixture team = new TeamFixture()) {
            assertThat(run(team.scratch.owner(), "", "team", "add-agent", "A4096", "--name", "최", "--password-stdin"))
                    .isEqualTo(Cli.USAGE);
            assertThat(run(team.scratch.owner(), "", "team", "add-agent", "A4096", "--name", "최")).isEqualTo(Cli.USAGE);
        }
    }

    @Test
    void theMorningImportIsHandedOutAndReassignMovesOnlyTheLeadsNoDeskHolds() throws IOException {
        try (TeamFixture team = new TeamFixture()) {
            Path file = Files.writeString(dir.resolve("morning.csv"), "이름,연락처\n김하나,010-3000-0001\n"
                    + "이두리,010-3000-0002\n박세나,010-3000-0003\n최네리,010-3000-0004\n정다섯,010-3000-0005\n");
            assertThat(run(as(team, TeamFixture.LEAD), "", "import", file.toString(), "--assign", "A1024,A2048",
                    "--per-agent", "2")).isZero();
            assertThat(output()).contains("Imported 5 leads", "Handed out: A1024 2, A2048 2, pool 1");

            PostgresDatabase kimDesk = team.desk(TeamFixture.KIM);
            long onKimsScreen = new PostgresLeadClaims(kimDesk).claimNext(Duration.ofMinutes(5)).orElseThrow().leadId();

            assertThat(run(as(team, TeamFixture.LEAD), "", "team", "reassign", "--from", "A1024", "--to", "A2048",
                    "--all")).isZero();
            assertThat(output()).contains("Moved 1 leads from A1024 to A2048", "1 open leads of A1024 are on a desk's screen");
            assertThat(team.queryOne("SELECT agent_id FROM lead WHERE id = " + onKimsScreen)).isEqualTo("A1024");
            assertThat(team.queryOne("SELECT COUNT(*) FROM lead WHERE agent_id = 'A2048'")).isEqualTo("3");
        }
    }

    @Test
    void anAgentCannotReassignLeads() {
        try (TeamFixture team = new TeamFixture()) {
            team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
            assertThat(run(as(team, TeamFixture.LEE), "", "team", "reassign", "--from", "A1024", "--to", "A2048",
                    "--all")).isEqualTo(Cli.FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not allow a2048");
            assertThat(team.queryOne("SELECT agent_id FROM lead")).isEqualTo("A1024");
        }
    }

    @Test
    void aDoNotCallNumberAddedOnOneDeskIsInForceOnEveryDesk() {
        try (TeamFixture team = new TeamFixture()) {
            assertThat(run(as(team, TeamFixture.KIM), "", "dnc", "add", "010-4000-1234", "--agent", "A1024")).isZero();
            assertThat(output()).contains("is on the do-not-call list now");

            JdbcDoNotCallStore leesList = new JdbcDoNotCallStore(team.desk(TeamFixture.LEE), CLOCK);
            assertThat(leesList.contains(PhoneNumber.parse("010-4000-1234", "KR").number())).isTrue();
        }
    }

    @Test
    void theTeamLeadSetsACentreRuleAndADeskReadsItInPlaceOfItsOwnSetting() {
        try (TeamFixture team = new TeamFixture()) {
            assertThat(run(as(team, TeamFixture.LEAD), "", "team", "rules", "set", "contracts.qa.days", "3")).isZero();
            assertThat(run(as(team, TeamFixture.KIM), "", "team", "rules")).isZero();
            assertThat(output()).contains("contracts.qa.days = 3\n").contains("calls.hours = ").contains("(default)");

            Settings desk = Settings.inMemory();
            desk.set(ContractSettingKeys.QA_DEADLINE_DAYS, 6);
            new CentreRules(new PostgresCentreSettings(team.desk(TeamFixture.KIM), CLOCK)).applyTo(desk);
            assertThat(desk.get(ContractSettingKeys.QA_DEADLINE_DAYS)).isEqualTo(3);
            assertThatThrownBy(() -> desk.set(ContractSettingKeys.QA_DEADLINE_DAYS, 5))
                    .isInstanceOf(UserFacingException.class);
        }
    }

    @Test
    void aCentreRuleMustBeKnownAndHoldAValueItCanUse() {
        try (TeamFixture team = new TeamFixture()) {
            assertThat(run(as(team, TeamFixture.LEAD), "", "team", "rules", "set", "contracts.qa.dayz", "3"))
                    .isEqualTo(Cli.FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a centre rule", "contracts.qa.days");
            assertThat(run(as(team, TeamFixture.LEAD), "", "team", "rules", "set", "contracts.qa.days", "four"))
                    .isEqualTo(Cli.FAILED);
            assertThat(team.queryOne("SELECT COUNT(*) FROM centre_setting")).isEqualTo("0");
        }
    }

    @Test
    void anAgentsLoginCannotChangeACentreRuleThroughTheCommandOrPlainSql() throws SQLException {
        try (TeamFixture team = new TeamFixture()) {
            assertThat(run(as(team, TeamFixture.LEAD), "", "team", "rules", "set", "calls.hours", "09:00-20:00")).isZero();

            assertThat(run(as(team, TeamFixture.KIM), "", "team", "rules", "set", "calls.hours", "07:00-23:00"))
                    .isEqualTo(Cli.FAILED);

            Connection kim = team.plainSql(TeamFixture.KIM);
            for (String sql : List.of("UPDATE centre_setting SET value = '07:00-23:00'",
                    "INSERT INTO centre_setting(key, value, updated_at) VALUES ('contracts.qa.days', '9', 0)",
                    "DELETE FROM centre_setting")) {
                assertThatThrownBy(() -> {
                    try (Statement statement = kim.createStatement()) {
                        statement.execute(sql);
                    }
                }).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            assertThat(team.queryOne("SELECT value FROM centre_setting WHERE key = 'calls.hours'")).isEqualTo("09:00-20:00");
        }
    }
}

package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.cli.Cli;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.testing.DeskDay;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Day reports between the two kinds of store (issue 13 item 4): a desk's {@code report export} on its
 * own file is imported on the team server by the team lead's login, and an agent's export on the server
 * is imported into a team lead's own SQLite file; the figures of the day are the same on both sides. An
 * agent's login on the server may not import day reports (only the team lead adds other agents' rows)
 * and is told so in words.
 */
@ExtendWith(RequiresPostgres.class)
class DayReportsBetweenEnginesTest {

    private static final AgentId AGENT = TeamFixture.KIM;

    @TempDir
    Path folder;
    private final MutableClock clock = MutableClock.seoul("2026-03-10T10:00");
    private final List<CompositionRoot> roots = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        roots.forEach(CompositionRoot::close);
    }

    @Test
    void aDesksReportGoesOntoTheServerAndTheServersReportOntoADeskWithTheSameFigures() {
        try (TeamFixture team = new TeamFixture()) {
            CompositionRoot desk = keep(DeskDay.desk(folder.resolve("desk"), folder.resolve("desk/dialdesk.db"),
                    new Agent(AGENT, "김민준"), clock));
            DeskDay.work(desk, AGENT, clock);
            AgentMetrics onDesk = DeskDay.dashboard(desk.stats(), AGENT);
            Path fromDesk = folder.resolve("A1024-0310.json");
            assertThat(run(desk, "report", "export", "--date", "2026-03-10", "--out", fromDesk.toString())).isZero();

            CompositionRoot lead = keep(onServer(team, TeamFixture.LEAD));
            assertThat(run(lead, "report", "import", fromDesk.toString())).as(err()).isZero();
            AgentMetrics onServer = DeskDay.dashboard(lead.stats(), AGENT);
            assertThat(figures(onServer)).as("the server's day after the desk's report").isEqualTo(figures(onDesk));

            CompositionRoot agentOnServer = keep(onServer(team, AGENT));
            Path fromServer = folder.resolve("server-A1024-0310.json");
            assertThat(run(agentOnServer, "report", "export", "--date", "2026-03-10", "--out", fromServer.toString()))
                    .as(err()).isZero();
            CompositionRoot leadsFile = keep(DeskDay.desk(folder.resolve("lead"), folder.resolve("lead/dialdesk.db"),
                    new Agent(TeamFixture.LEAD, "박팀장"), clock));
            assertThat(run(leadsFile, "report", "import", fromServer.toString())).as(err()).isZero();
            assertThat(figures(DeskDay.dashboard(leadsFile.stats(), AGENT))).as("a team lead's file after the server's report")
                    .isEqualTo(figures(onDesk));
        }
    }

    @Test
    void anAgentsLoginOnTheServerIsToldThatOnlyTheTeamLeadImportsDayReportsAndCallHistories() {
        try (TeamFixture team = new TeamFixture()) {
            CompositionRoot desk = keep(DeskDay.desk(folder.resolve("desk"), folder.resolve("desk/dialdesk.db"),
                    new Agent(TeamFixture.LEE, "이서연"), clock));
            DeskDay.work(desk, TeamFixture.LEE, clock);
            Path report = folder.resolve("A2048-0310.json");
            assertThat(run(desk, "report", "export", "--date", "2026-03-10", "--out", report.toString())).isZero();
            String calls = team.queryOne("SELECT count(*) FROM call_attempt");

            CompositionRoot agentOnServer = keep(onServer(team, AGENT));
            assertThat(run(agentOnServer, "report", "import", report.toString())).isNotZero();
            assertThat(err()).contains("A2048-0310.json", "team lead");
            assertThat(run(agentOnServer, "import-calls", folder.resolve("dialer-0310.csv").toString())).isNotZero();
            assertThat(err()).contains("dialer-0310.csv was not imported", "team lead");
            assertThat(team.queryOne("SELECT count(*) FROM call_attempt")).isEqualTo(calls);
        }
    }

    /** The dials, contacts, talk time, contracts, premium, do-not-call requests and open QA cases of the day. */
    private static String figures(AgentMetrics m) {
        return m.dials() + " dials, " + m.contacts() + " contacts, " + m.talkSeconds() + " s, " + m.contracts()
                + " contracts, " + m.premiumWon() + " won, " + m.doNotCallRequests() + " dnc, " + m.qaOpen() + " QA open";
    }

    /** The app on the server as {@code login} (the password typed at the prompt). */
    private CompositionRoot onServer(TeamFixture team, AgentId login) {
        return team.app(login, folder.resolve("server-" + login.value()), clock, "en");
    }

    private CompositionRoot keep(CompositionRoot root) {
        roots.add(root);
        return root;
    }

    private int run(CompositionRoot root, String... args) {
        out.reset();
        err.reset();
        return new Cli(root.commands(), root.messages(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args), false);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

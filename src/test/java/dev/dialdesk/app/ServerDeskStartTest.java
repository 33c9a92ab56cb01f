package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.leads.LeadSnapshot;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composition root on the team server: {@code --db postgresql://a1024@…} opens the server as that
 * agent (the password typed at the prompt), the desk's agent is the login's, the lead list shows the
 * agent's leads only and the next lead is claimed.
 */
@ExtendWith(RequiresPostgres.class)
class ServerDeskStartTest {

    @TempDir
    Path folder;
    private TeamFixture team;
    private final List<String> asked = new ArrayList<>();
    private final List<CompositionRoot> roots = new ArrayList<>();

    @BeforeEach
    void centre() {
        team = new TeamFixture();
    }

    @AfterEach
    void close() {
        roots.forEach(CompositionRoot::close);
        team.close();
    }

    private CompositionRoot desk(String role, char[] password) {
        String url = team.scratch.owner().jdbcUrl();
        String server = url + (url.contains("?") ? "&" : "?") + "user=" + role;
        Path data = folder.resolve(role);
        AppOptions options = AppOptions.parse("--db", server, "--lang", "en");
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, data.toString()), "Linux", data, null, false);
        CompositionRoot root = new CompositionRoot(options, paths, MutableClock.seoul("2026-03-10T10:00"),
                (messages, shown) -> {
                    asked.add(shown);
                    return Optional.of(password);
                });
        root.settings().set(dev.dialdesk.service.settings.SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        roots.add(root);
        return root;
    }

    @Test
    void aDeskOnTheServerIsTheLoginsAgentAndSeesOnlyItsLeads() {
        long kims = team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
        team.lead(team.batch(TeamFixture.LEE), TeamFixture.LEE);
        CompositionRoot root = desk("a1024", team.password(TeamFixture.KIM));

        assertThat(root.onServer()).isTrue();
        assertThat(root.currentAgent()).contains(new Agent(TeamFixture.KIM, "김민준"));
        assertThat(asked).singleElement().asString().startsWith("a1024@");
        LeadSnapshot leads = root.leadDirectory().load(TeamFixture.KIM);
        assertThat(leads.size()).isEqualTo(1);
        assertThat(leads.id(0)).isEqualTo(kims);
        assertThat(leads.agent(0)).contains(TeamFixture.KIM.value());
        assertThatThrownBy(() -> root.registerAgent(new Agent(new AgentId("X1"), "x")))
                .isInstanceOf(IllegalStateException.class);

        root.contracts().service().startUp(); // what the window's start runs next
        root.callbacks();
        CallSession session = root.calls().session(TeamFixture.KIM);
        assertThat(session.next().orElseThrow().leadId()).isEqualTo(kims);
        assertThat(team.queryOne("SELECT claimed_by FROM lead WHERE id = " + kims)).isEqualTo(TeamFixture.KIM.value());

        root.close();
        assertThat(team.queryOne("SELECT coalesce(claimed_by, '-') FROM lead WHERE id = " + kims))
                .as("closing gives the lead back").isEqualTo("-");
    }

    @Test
    void aDeskWhoseClockIsOffTheServersIsToldSoInWordsAtLogin() {
        CompositionRoot root = desk("a1024", team.password(TeamFixture.KIM)); // its clock is in March 2026

        root.database();

        assertThat(root.storageWarnings()).singleElement().satisfies(warning -> {
            assertThat(warning.key()).isEqualTo("warning.team.clock");
            assertThat(root.messages().get(warning)).startsWith("This computer's clock shows 2026-03-10 10:00, "
                    + "the team server's ").contains("Set this computer's clock right");
        });
    }

    @Test
    void aClockWithinTwoMinutesOfTheServersIsNoWarningAndOneBeyondIs() {
        java.time.Instant server = java.time.Instant.parse("2026-12-01T05:00:00Z");
        assertThat(ServerDesk.clockWarning(server.plusSeconds(119), server, TestClocks.SEOUL)).isEmpty();
        assertThat(ServerDesk.clockWarning(server.minusSeconds(120), server, TestClocks.SEOUL)).isEmpty();
        assertThat(ServerDesk.clockWarning(server.minusSeconds(181), server, TestClocks.SEOUL)).get()
                .satisfies(warning -> assertThat(warning.args()).containsExactly("2026-12-01 13:56",
                        "2026-12-01 14:00", 3L));
    }

    @Test
    void aLoginThatIsNoAgentIsRefusedInWords() {
        CompositionRoot root = desk(team.scratch.owner().user(), team.scratch.owner().password().toCharArray());

        assertThatThrownBy(root::database).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("error.team.notAnAgent"));
    }
}

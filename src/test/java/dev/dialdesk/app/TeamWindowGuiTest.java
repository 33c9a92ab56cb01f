package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.DialBlockedException;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the team server: the real window of Kim's desk on a database made by {@code team init},
 * next to Lee's desk in the same JVM. Kim's list holds Kim's leads only, F2 claims one, an outcome key
 * records it and claims the next; Lee's desk never gets Kim's lead, and a 수신거부 taken on Kim's desk
 * refuses Lee's dial of that number.
 */
@ExtendWith(RequiresPostgres.class)
class TeamWindowGuiTest {

    @TempDir
    Path folder;
    private final TeamFixture team = new TeamFixture();
    /**
     * The server's clock rules what is due and how long a claim lasts (PostgreSQL 013), so the desks'
     * clock is the server's, fixed at the moment the test starts, in a zone where it is midday then:
     * every hour of every day open, so that the moment of the run does not matter.
     */
    private final MutableClock clock = TeamFixture.atServerNoon(team);
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        team.close();
    }

    private CompositionRoot desk(AgentId agent) {
        return team.app(agent, folder.resolve(agent.value().toLowerCase(java.util.Locale.ROOT)), clock, "ko");
    }

    @Test
    void twoDesksOnOneServerNeverShareALeadAndADoNotCallHoldsOnBoth() throws Exception {
        long kimsBatch = team.batch(TeamFixture.KIM);
        long first = team.lead(kimsBatch, TeamFixture.KIM);
        team.lead(kimsBatch, TeamFixture.KIM);
        long lees = team.lead(team.batch(TeamFixture.LEE), TeamFixture.LEE);
        MainWindowFixture kim = MainWindowFixture.launchOn(desk(TeamFixture.KIM), folder.resolve("logs"),
                new Dimension(1280, 800));
        opened.add(kim);
        CompositionRoot leesDesk = desk(TeamFixture.LEE);
        opened.add(leesDesk);

        waitFor("Kim's two leads listed, not Lee's", () -> "2 / 2건".equals(kim.window.label("leads.count").text()));
        kim.key(KeyEvent.VK_F2);
        waitFor("a lead claimed and shown", () -> "LEAD_SHOWN".equals(kim.phase()));
        assertThat(team.queryOne("SELECT id FROM lead WHERE claimed_by = 'A1024'")).isEqualTo(Long.toString(first));

        CallSession lee = leesDesk.calls().session(TeamFixture.LEE);
        assertThat(lee.next().orElseThrow().leadId()).as("Lee gets her own lead, never Kim's").isEqualTo(lees);

        kim.key(KeyEvent.VK_F3);
        waitFor("dialled", () -> "IN_CALL".equals(kim.phase()));
        kim.key(KeyEvent.VK_1);
        waitFor("the outcome recorded", () -> "1".equals(team.queryOne(
                "SELECT count(*) FROM call_attempt WHERE agent_id = 'A1024' AND lead_id = " + first)));
        assertThat(team.queryOne("SELECT status FROM lead WHERE id = " + first)).isEqualTo("NO_ANSWER");
        waitFor("the recorded lead given back and Kim's next one claimed", () -> team.queryOne(
                "SELECT string_agg(id::text, ',') FROM lead WHERE claimed_by = 'A1024'") != null
                && !team.queryOne("SELECT string_agg(id::text, ',') FROM lead WHERE claimed_by = 'A1024'")
                        .contains(Long.toString(first)));
        assertThat(team.queryOne("SELECT next_eligible_at > dialdesk_now_ms() FROM lead WHERE id = " + first))
                .as("the retry is later by the server's clock, so the server does not hand it out again").isEqualTo("t");
        assertThat(kim.root.storageWarnings()).as("a desk on the server's time is not warned").isEmpty();

        kim.root.calls().doNotCallStore().add(team.phoneOf(lees), "manual", TeamFixture.KIM);
        assertThatThrownBy(lee::dial).isInstanceOfSatisfying(DialBlockedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(DialBlockedException.Reason.DO_NOT_CALL));

        kim.menuAction("app.outbox"); // Tools → what waits and what was not sent: nothing, the server answered
        waitFor("the outbox list shown", () -> org.assertj.swing.edt.GuiActionRunner.execute(() ->
                java.util.Arrays.stream(java.awt.Window.getWindows()).anyMatch(w -> w.isShowing()
                        && w instanceof java.awt.Dialog
                        && !org.assertj.swing.core.BasicComponentFinder.finderWithCurrentAwtHierarchy()
                                .findAll(w, c -> "outboxNotSent".equals(c.getName())).isEmpty())));
        kim.window.robot().pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        waitFor("the list closed on Escape", () -> MainWindowFixture.showingDialogs().isEmpty());
    }

    /**
     * A floor whose DB is all in the shared pool, before the centre's hours open: Kim's own list is empty and
     * says that F2 takes the next lead from the pool (not "import a file": an agent does not import on the
     * server), and F2 says how many of the pool's leads wait for calling hours, as a desk on its own file
     * does (row-level security hides the pool's leads from the agent's login; PostgreSQL 017 counts them).
     */
    @Test
    void anAllPoolFloorBeforeHoursSaysWhereLeadsComeFromAndHowManyWait() throws Exception {
        long pool = team.batch(null);
        team.lead(pool, null);
        team.lead(pool, null);
        MutableClock night = TeamFixture.atServerNight(team);
        MainWindowFixture kim = MainWindowFixture.launchOn(team.app(TeamFixture.KIM, folder.resolve("kim"), night, "ko"),
                folder.resolve("logs"), new Dimension(1280, 800));
        opened.add(kim);

        waitFor("the empty list's words", () -> MainWindowFixture.words(kim.window.label("leads.emptyState")).equals(
                "아직 배정된 리드가 없습니다: F2를 누르면 공용 DB에서 다음 리드를 받습니다."));
        assertThat(org.assertj.swing.edt.GuiActionRunner.execute(() -> org.assertj.swing.core.BasicComponentFinder
                .finderWithCurrentAwtHierarchy().findAll(kim.window.target(), c -> "leads.emptyState.import".equals(c.getName())
                        && c.isShowing()))).as("no import button: the team lead imports on the server").isEmpty();
        kim.key(KeyEvent.VK_F2);
        waitFor("the pool's two leads wait for calling hours", () -> org.assertj.swing.edt.GuiActionRunner.execute(
                () -> kim.window.textBox("calls.lead.empty").target().getText()).startsWith("통화 가능 시간을 기다리는 DB 2건: "));
        assertThat(org.assertj.swing.edt.GuiActionRunner.execute(() -> dev.dialdesk.testing.ClippingChecker.check(
                kim.window.target(), "an all-pool desk before hours", 1280, 800))).as("every text whole").isEmpty();
        assertThat(team.queryOne("SELECT count(*) FROM lead WHERE claimed_by IS NOT NULL"))
                .as("the claims tried while the hours are closed were given back").isEqualTo("0");
    }
}

package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks in one JVM on one server (issue 13): what one desk does shows on the other's window within 2 s,
 * without a key pressed there: a 수신거부 recorded on Kim's desk on the team lead's list, a number put on the
 * do-not-call list by Kim's desk on the lead on Lee's call panel, a lead reassigned away from Lee's list, a
 * case opened for Kim on Kim's cases screen; and
 * after the link to the server was lost, a change made meanwhile shows once it is back (the resync).
 */
@ExtendWith(RequiresPostgres.class)
class LiveUpdatesGuiTest {

    private static final long WITHIN_MS = 2_000;

    @TempDir
    Path folder;
    private final TeamFixture team = new TeamFixture();
    private final MutableClock clock = MutableClock.seoul("2026-03-10T10:00");
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        team.close();
    }

    private CompositionRoot desk(AgentId agent) {
        CompositionRoot root = team.app(agent, folder.resolve(agent.value().toLowerCase(java.util.Locale.ROOT)), clock, "ko");
        opened.add(root);
        return root;
    }

    private MainWindowFixture window(AgentId agent) {
        MainWindowFixture window = MainWindowFixture.launchOn(desk(agent), folder.resolve("logs"), new Dimension(1280, 800));
        opened.add(window);
        return window;
    }

    /** Waits for {@code check} and says how long it took, from {@code since} (System.nanoTime). */
    private static long millisUntil(long since, String what, java.util.function.BooleanSupplier check) {
        waitFor(what, check);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }

    /** A text component's text, shown or not (a banner is hidden while it says nothing). */
    private static String text(MainWindowFixture window, String name) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> window.window.robot().finder()
                .findByName(window.window.target(), name, javax.swing.text.JTextComponent.class, false).getText());
    }

    private static boolean listShows(MainWindowFixture window, String text) {
        return Arrays.stream(window.window.table("leads.table").contents()).flatMap(Arrays::stream).anyMatch(text::equals);
    }

    @Test
    void aDoNotCallRecordedOnKimsDeskShowsOnTheTeamLeadsListWithinTwoSeconds() throws Exception {
        long kims = team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
        team.lead(team.batch(TeamFixture.LEE), TeamFixture.LEE);
        MainWindowFixture teamLead = window(TeamFixture.LEAD);
        waitFor("the floor's two leads listed", () -> "2 / 2건".equals(teamLead.window.label("leads.count").text()));
        assertThat(listShows(teamLead, "수신거부")).isFalse();

        CallSession kim = desk(TeamFixture.KIM).calls().session(TeamFixture.KIM);
        assertThat(kim.next().orElseThrow().leadId()).isEqualTo(kims);
        kim.dial();
        long recorded = System.nanoTime();
        kim.record("DO_NOT_CALL", "");
        assertThat(millisUntil(recorded, "the team lead's row says 수신거부", () -> listShows(teamLead, "수신거부")))
                .as("ms from Kim's outcome to the team lead's row").isLessThan(WITHIN_MS);
    }

    @Test
    void anotherDesksDoNotCallAndAReassignmentShowOnLeesWindowWithinTwoSeconds() throws Exception {
        long leesBatch = team.batch(TeamFixture.LEE);
        long onScreen = team.lead(leesBatch, TeamFixture.LEE);
        team.lead(leesBatch, TeamFixture.LEE);
        MainWindowFixture lee = window(TeamFixture.LEE);
        waitFor("Lee's two leads listed", () -> "2 / 2건".equals(lee.window.label("leads.count").text()));
        lee.key(KeyEvent.VK_F2);
        waitFor("a lead on Lee's call panel", () -> "LEAD_SHOWN".equals(lee.phase()));
        assertThat(team.queryOne("SELECT id FROM lead WHERE claimed_by = 'A2048'")).isEqualTo(Long.toString(onScreen));

        CompositionRoot kimsDesk = desk(TeamFixture.KIM);
        String caution = kimsDesk.messages().get("callscreen.caution.doNotCall");
        long added = System.nanoTime();
        kimsDesk.calls().doNotCallStore().add(team.phoneOf(onScreen), "manual", TeamFixture.KIM);
        assertThat(millisUntil(added, "Lee's call panel says do-not-call",
                () -> caution.equals(text(lee, "calls.notice"))))
                .as("ms from Kim's do-not-call to Lee's screen").isLessThan(WITHIN_MS);
        lee.key(KeyEvent.VK_F3);
        String refused = kimsDesk.messages().get("calls.blocked.doNotCall");
        waitFor("the dial stays refused", () -> refused.equals(text(lee, "calls.notice")));
        assertThat(lee.dialled).as("nothing dialled").isEmpty();

        long reassigned = System.nanoTime();
        assertThat(team.admin.reassign(TeamFixture.LEE, TeamFixture.KIM, 1).moved()).isEqualTo(1);
        assertThat(millisUntil(reassigned, "the reassigned lead left Lee's list",
                () -> "1 / 1건".equals(lee.window.label("leads.count").text())))
                .as("ms from the reassignment to Lee's list").isLessThan(WITHIN_MS);
    }

    @Test
    void aCaseOpenedForKimElsewhereShowsOnKimsCasesScreenWithinTwoSeconds() throws Exception {
        long kims = team.lead(team.batch(TeamFixture.KIM), TeamFixture.KIM);
        MainWindowFixture kim = window(TeamFixture.KIM);
        waitFor("Kim's lead listed", () -> "1 / 1건".equals(kim.window.label("leads.count").text()));
        kim.window.robot().pressKey(KeyEvent.VK_CONTROL); // Ctrl+5: the cases screen
        kim.window.robot().pressAndReleaseKey(KeyEvent.VK_5);
        kim.window.robot().releaseKey(KeyEvent.VK_CONTROL);
        waitFor("Kim's cases screen, with no case yet", () -> kim.window.table("cases.casesTable").rowCount() == 0);

        // The team lead's tools (or Kim's other desk) open a case for Kim's customer.
        long opened = System.nanoTime();
        team.sql("INSERT INTO follow_up_case(agent_id, lead_id, phone, customer_name, title, created_at, updated_at) "
                + "VALUES ('A1024', " + kims + ", '" + team.phoneOf(kims).e164() + "', '홍길동', '세탁기 고장', "
                + team.serverMillis() + ", " + team.serverMillis() + ")");
        assertThat(millisUntil(opened, "the case on Kim's cases screen",
                () -> kim.window.table("cases.casesTable").rowCount() == 1))
                .as("ms from the new case to Kim's screen").isLessThan(WITHIN_MS);
    }

    @Test
    void whatChangedWhileTheServerWasAwayShowsOnceItIsBack() throws Exception {
        long leesBatch = team.batch(TeamFixture.LEE);
        long refusedMeanwhile = team.lead(leesBatch, TeamFixture.LEE);
        team.lead(leesBatch, TeamFixture.LEE);
        MainWindowFixture lee = window(TeamFixture.LEE);
        waitFor("Lee's two leads listed", () -> "2 / 2건".equals(lee.window.label("leads.count").text()));
        String lost = lee.root.messages().get("team.live.lost", "").strip();

        // The listener's connection is ended and cannot come back until the login may connect again.
        team.sql("ALTER ROLE a2048 NOLOGIN");
        try {
            team.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE application_name = 'Dialdesk live updates' AND usename = 'a2048'");
            waitFor("the status bar says the server is unreachable",
                    () -> lee.window.label("team.live.link").text().endsWith(lost));
            // The team lead's tools mark the customer's refusal while Lee's desk hears nothing.
            team.sql("UPDATE lead SET status = 'REFUSED', version = version + 1 WHERE id = " + refusedMeanwhile);
            Thread.sleep(500);
            assertThat(listShows(lee, "거절")).as("nothing heard while away").isFalse();
        } finally {
            team.sql("ALTER ROLE a2048 LOGIN");
        }
        waitFor("the status bar says the server is back",
                () -> lee.root.messages().get("team.live.back").equals(lee.window.label("team.live.link").text()));
        waitFor("the list read again", () -> listShows(lee, "거절"));
    }
}

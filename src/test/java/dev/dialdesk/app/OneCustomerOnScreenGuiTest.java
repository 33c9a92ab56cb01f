package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.TestClocks;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 1 in the real window: the lead on the call is the customer on screen. The detail panel
 * follows the call panel, browsing the list during a call does not redirect the notes, and the notes
 * typed are saved to the customer they were typed for when a number key brings the next lead.
 */
class OneCustomerOnScreenGuiTest {

    @TempDir
    Path folder;

    private MainWindowFixture desk;
    private FrameFixture window;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void launch() {
        desk = MainWindowFixture.launch(folder, "ko", TestClocks.seoul("2025-03-11T10:00"), new Dimension(1280, 800),
                MainWindowFixture::fiveLeads);
        window = desk.window;
        waitFor("five leads listed", () -> "5 / 5건".equals(window.label("leads.count").text()));
        waitFor("the outcome buttons", () -> !window.robot().finder().findAll(
                c -> "calls.disposition.NO_ANSWER".equals(c.getName())).isEmpty());
    }

    @AfterEach
    void close() throws BackingStoreException {
        desk.close();
    }

    @Test
    void notesTypedDuringACallAreTheCallsCustomersWhateverTheListShows() {
        window.table("leads.table").selectRows(3); // the agent looked at 이도윤 before starting
        waitFor("이도윤 open", () -> "이도윤".equals(window.label("lead.detail.name").text()));
        desk.key(KeyEvent.VK_F2);
        waitFor("다람이 on the call", () -> "다람이".equals(window.label("calls.lead.name").text()));
        waitFor("다람이 on screen", () -> "다람이".equals(window.label("lead.detail.name").text()));
        assertThat(window.table("leads.table").target().getSelectedRow()).isZero();

        desk.key(KeyEvent.VK_F3);
        waitFor("in call", () -> window.label("calls.phase").text().startsWith("통화 중"));
        window.table("leads.table").selectRows(2); // browsing the list during the call
        window.textBox("lead.notes").click().enterText("남편과 상의 후 결정");
        assertThat(window.label("lead.detail.name").text()).isEqualTo("다람이");

        window.button("calls.disposition.NO_ANSWER").click(); // the outcome; the next lead comes
        waitFor("김민수 on the call", () -> "김민수".equals(window.label("calls.lead.name").text()));
        waitFor("김민수 on screen", () -> "김민수".equals(window.label("lead.detail.name").text()));
        waitFor("the notes saved", () -> "남편과 상의 후 결정".equals(
                desk.query("SELECT notes FROM lead WHERE name = '다람이'")));
        assertThat(desk.query("SELECT group_concat(name || '=' || notes, ';') FROM lead WHERE notes IS NOT NULL AND notes <> ''"))
                .isEqualTo("다람이=남편과 상의 후 결정");
        window.textBox("lead.notes").requireEmpty();
    }
}

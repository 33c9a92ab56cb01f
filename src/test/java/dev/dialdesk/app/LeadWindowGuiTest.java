package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.SeededLeads;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real main window on a temporary database seeded with leads: search a name, open the lead with
 * Enter (into the call panel), write notes, save with Ctrl+S and find them in the database; notes typed
 * just before the window closes are saved too.
 *
 * <p>Importing the sample file through the dialogs is {@link ImportEndToEndGuiTest}.
 */
class LeadWindowGuiTest {

    @TempDir
    Path folder;

    private MainWindowFixture desk;
    private CompositionRoot root;
    private Robot robot;
    private FrameFixture window;
    private MainWindowBuilder.MainWindow built;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void launch() {
        desk = MainWindowFixture.launch(folder, "ko", Clock.systemDefaultZone(), new java.awt.Dimension(1200, 760),
                r -> SeededLeads.seed(r.database(), "다람이", "+821012345678", "김민수", "+821098765432",
                        "가나다", "+8221234567"));
        root = desk.root;
        built = desk.built;
        window = desk.window;
        robot = window.robot();
    }

    @AfterEach
    void close() throws BackingStoreException {
        desk.close();
    }

    @Test
    void searchOpenWriteNotesAndSaveThemWithCtrlS() {
        waitFor("three leads listed", () -> "3 / 3건".equals(window.label("leads.count").text()));
        JTableFixture table = window.table("leads.table");
        window.label("statusText").requireText("홍길동 · 상담원 A1024");

        window.textBox("leads.search").enterText("김민");
        waitFor("one lead found", () -> table.rowCount() == 1);
        assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(0))).isEqualTo("김민수");
        assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(1))).isEqualTo("010-9876-5432");
        waitFor("the lead open beside the table", () -> "김민수".equals(window.label("lead.detail.name").text()));

        window.textBox("leads.search").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("Enter put the lead in the call panel",
                () -> "김민수".equals(window.label("calls.lead.name").text()));
        window.textBox("lead.notes").click();
        window.textBox("lead.notes").enterText("토요일 10시 재통화");
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_S).modifiers(InputEvent.CTRL_DOWN_MASK));

        waitFor("the notes saved", () -> "저장됨".equals(window.label("lead.notes.state").text()));
        Lead saved = root.leadStore().findLead(leadIdOf("김민수")).orElseThrow();
        assertThat(saved.notes()).isEqualTo("토요일 10시 재통화");
    }

    @Test
    void notesTypedJustBeforeTheWindowClosesAreSaved() {
        waitFor("three leads listed", () -> "3 / 3건".equals(window.label("leads.count").text()));
        waitOrTell("the first lead open", () -> window.robot().finder().findAll(c -> "lead.detail.name".equals(c.getName())
                && c.isShowing() && c instanceof javax.swing.JLabel label && "다람이".equals(label.getText())).size() == 1
                && window.robot().finder().findAll(c -> "lead.notes".equals(c.getName()) && c.isShowing()).size() == 1, () -> window.robot().printer().printComponents(System.out));
        window.textBox("lead.notes").click();
        window.textBox("lead.notes").enterText("오후 2시 이후 통화 희망");
        window.close();
        waitFor("the window closed after saving", () -> !GuiActionRunner.execute(() -> built.frame().isDisplayable()));
        assertThat(root.leadStore().findLead(leadIdOf("다람이")).orElseThrow().notes()).isEqualTo("오후 2시 이후 통화 희망");
    }

    @Test
    void noMatchSaysWhatWasTypedAndEscClearsTheSearch() {
        waitFor("three leads listed", () -> "3 / 3건".equals(window.label("leads.count").text()));
        window.textBox("leads.search").enterText("5555");
        assertThat(MainWindowFixture.words(window.label("leads.emptyState"))).isEqualTo("«5555»에 맞는 리드가 없습니다. 철자를 확인하거나 전화번호 일부를 입력해 보세요.");
        window.textBox("leads.search").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("every lead back", () -> "3 / 3건".equals(window.label("leads.count").text()));
        window.table("leads.table").requireRowCount(3);
        window.textBox("leads.search").requireEmpty();
    }

    private long leadIdOf(String name) {
        long[] id = {-1};
        root.leadStore().forEachLead(dev.dialdesk.storage.LeadQuery.all(), lead -> {
            if (lead.name().equals(name)) {
                id[0] = lead.id();
            }
        });
        return id[0];
    }

    private static void waitOrTell(String what, BooleanSupplier check, Runnable onTimeout) {
        try {
            waitFor(what, check);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            onTimeout.run();
            throw e;
        }
    }
}

package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.testing.TestClocks;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's loop in the real main window, keyboard only, on a Tuesday at 10:00 in Seoul: three
 * leads worked with F2 (next), F3 (dial) and a number key (outcome), the third one a do-not-call
 * request; then the call log, the do-not-call list and the shift panel are checked. Numbers are
 * "dialled" by a recording dialer in the clipboard's place, never by a real phone.
 */
class CallLoopGuiTest {

    @TempDir
    Path folder;

    private MainWindowFixture desk;
    private CompositionRoot root;
    private FrameFixture window;
    private List<PhoneNumber> dialled;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void launch() {
        desk = MainWindowFixture.launch(folder, "ko", TestClocks.seoul("2025-03-11T10:00"),
                new java.awt.Dimension(1280, 800), MainWindowFixture::fiveLeads);
        root = desk.root;
        window = desk.window;
        dialled = desk.dialled;
    }

    @AfterEach
    void close() throws BackingStoreException {
        desk.close();
    }

    @Test
    void threeLeadsWorkedWithTheKeyboardAlone() {
        waitFor("five leads listed", () -> "5 / 5건".equals(window.label("leads.count").text()));
        waitFor("the outcome buttons", () -> !window.robot().finder().findAll(
                c -> "calls.disposition.NO_ANSWER".equals(c.getName())).isEmpty());
        window.button("calls.disposition.NO_ANSWER").requireText("1  부재");
        window.textBox("leads.search").requireFocused(); // the window opens with the cursor in the search

        key(KeyEvent.VK_F2);
        waitFor("the first lead in the call panel", () -> "다람이".equals(window.label("calls.lead.name").text()));
        cycle(KeyEvent.VK_1, "김민수");   // 부재
        cycle(KeyEvent.VK_5, "박서연");   // 거절
        cycle(KeyEvent.VK_9, "이도윤");   // 수신거부

        assertThat(query("SELECT group_concat(disposition, ',') FROM (SELECT disposition FROM call_attempt ORDER BY id)"))
                .isEqualTo("NO_ANSWER,REFUSED,DO_NOT_CALL");
        assertThat(query("SELECT group_concat(l.name, ',') FROM (SELECT lead_id FROM call_attempt ORDER BY id) a "
                + "JOIN lead l ON l.id = a.lead_id")).isEqualTo("다람이,김민수,박서연");
        assertThat(query("SELECT COUNT(*) FROM do_not_call WHERE number = '+821033334444'")).isEqualTo("1");
        assertThat(query("SELECT status FROM lead WHERE phone = '+821033334444'")).isEqualTo("DO_NOT_CALL");
        assertThat(dialled).extracting(PhoneNumber::e164).containsExactly("+821012345678", "+821098765432",
                "+821033334444");
        waitFor("three dials on the shift panel", () -> "3".equals(window.label("calls.shift.dials").text()));
        window.label("calls.shift.contacts").requireText("2");
        window.label("calls.shift.contactRate").requireText("67%");
        window.textBox("leads.search").requireEmpty(); // no number key leaked into the search field
    }

    @Test
    void aDoNotCallLeadOpenedFromTheTableShowsWhyAndIsNotDialled() {
        waitFor("five leads listed", () -> "5 / 5건".equals(window.label("leads.count").text()));
        root.calls().doNotCallStore().add(PhoneNumber.ofE164("+821098765432"), "manual", SeededLeads.AGENT);
        window.textBox("leads.search").enterText("김민수");
        waitFor("one lead found", () -> window.table("leads.table").rowCount() == 1);
        window.textBox("leads.search").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the lead in the call panel", () -> "김민수".equals(window.label("calls.lead.name").text()));
        window.textBox("calls.lead.caution").requireText("수신거부 번호입니다. 이 고객에게는 절대 전화할 수 없습니다.");

        key(KeyEvent.VK_F3);
        waitFor("the block in place", () -> window.textBox("calls.notice").text().startsWith("수신거부 목록에 있는 번호입니다"));
        assertThat(dialled).isEmpty();
        assertThat(query("SELECT COUNT(*) FROM call_audit WHERE event = 'DIAL_BLOCKED'")).isEqualTo("1");
    }

    /** Dial the lead on screen, record its outcome with a number key, and wait for the next lead. */
    private void cycle(int outcomeKey, String nextName) {
        int before = dialled.size();
        key(KeyEvent.VK_F3);
        waitFor("the number dialled", () -> dialled.size() == before + 1);
        waitFor("in call", () -> window.label("calls.phase").text().startsWith("통화 중"));
        key(outcomeKey);
        waitFor("the next lead " + nextName, () -> nextName.equals(window.label("calls.lead.name").text()));
    }

    private void key(int keyCode) {
        desk.key(keyCode);
    }

    private String query(String sql) {
        return desk.query(sql);
    }
}

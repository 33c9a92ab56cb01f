package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import javax.swing.JTable;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 items 4 and 5 in the real main window, keyboard only, on a Tuesday at 10:00 in Seoul:
 * Escape in the booking after 예약콜 leaves a visible callback without a time (list, agenda) that asks
 * again when the customer is opened; Ctrl+Z and Tools → Undo take back the last outcome with the
 * status bar saying which, the lead back as before, today's figures following.
 */
class NoOutcomeLostGuiTest {

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
        desk = MainWindowFixture.launchReadyToCall(folder);
        window = desk.window;
    }

    @AfterEach
    void close() throws BackingStoreException {
        desk.close();
    }

    @Test
    void escapeInTheBookingLeavesACallbackWithoutATimeThatAsksAgainWhenTheCustomerIsOpened() {
        desk.key(KeyEvent.VK_F2);
        waitFor("다람이 in the call panel", () -> "다람이".equals(window.label("calls.lead.name").text()));
        desk.key(KeyEvent.VK_F3);
        waitFor("in call", () -> window.label("calls.phase").text().startsWith("통화 중"));
        desk.key(KeyEvent.VK_7);
        DialogFixture booking = WindowFinder.findDialog("callbackBooking").withTimeout(15_000).using(window.robot());
        booking.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

        waitFor("the next lead", () -> "김민수".equals(window.label("calls.lead.name").text()));
        waitFor("the notice says no time is booked", () -> window.textBox("calls.notice").text()
                .startsWith("다람이 고객의 예약 시간이 없습니다"));
        assertThat(desk.query("SELECT status FROM lead WHERE name = '다람이'")).isEqualTo("CALLBACK");
        assertThat(desk.query("SELECT count(*) FROM callback")).isEqualTo("0");
        waitFor("the list marks the lead", () -> "예약콜 · 시간 미정".equals(statusInList("다람이")));
        assertThat(statusCellCut("다람이")).as("the status cell at 1280 x 800").isNull();
        GuiActionRunner.execute(() -> desk.built.screens().show("callbacks"));
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the agenda shows the callback "
                + "without a time") {
            @Override
            public boolean test() {
                return agendaHas("예약 시간 없음: 시간을 정하세요 (1)") && agendaHas("다람이");
            }
        }, org.assertj.swing.timing.Timeout.timeout(30_000)); // the agenda loads off the event thread, on a busy machine

        GuiActionRunner.execute(() -> desk.built.screens().show("leads"));
        long lead = Long.parseLong(desk.query("SELECT id FROM lead WHERE name = '다람이'"));
        // the list's Enter and the agenda's "call now" both open the lead this way
        GuiActionRunner.execute(() -> desk.built.calls().presenter().open(lead));
        waitFor("다람이 on the call panel again", () -> "다람이".equals(window.label("calls.lead.name").text()));
        DialogFixture again = WindowFinder.findDialog("callbackBooking").withTimeout(15_000).using(window.robot());
        again.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_5).modifiers(InputEvent.ALT_MASK)); // tomorrow 10:00
        waitFor("booked", () -> "1".equals(desk.query("SELECT count(*) FROM callback WHERE status = 'PENDING'")));
        waitFor("the mark is gone", () -> "예약콜".equals(statusInList("다람이")));
    }

    @Test
    void ctrlZAndTheToolsMenuUndoTheLastOutcomeAndTheStatusBarSaysWhich() {
        desk.key(KeyEvent.VK_F2);
        waitFor("다람이 in the call panel", () -> "다람이".equals(window.label("calls.lead.name").text()));
        cycle(KeyEvent.VK_1, "김민수"); // 부재 pressed by mistake
        waitFor("one dial today", () -> "1".equals(window.label("calls.shift.dials").text()));

        desk.key(KeyEvent.VK_Z, InputEvent.CTRL_MASK);

        waitFor("the status bar says what was undone", () -> "취소됨: 다람이 010-****-5678 · 부재"
                .equals(window.label("statusText").text()));
        waitFor("다람이 back in the call panel", () -> "다람이".equals(window.label("calls.lead.name").text()));
        waitFor("no dial today", () -> "0".equals(window.label("calls.shift.dials").text()));
        assertThat(desk.query("SELECT count(*) FROM call_attempt")).isEqualTo("0");
        assertThat(desk.query("SELECT status || attempt_count FROM lead WHERE name = '다람이'")).isEqualTo("NEW0");

        cycle(KeyEvent.VK_9, "김민수"); // 수신거부, again by mistake
        assertThat(desk.query("SELECT count(*) FROM do_not_call")).isEqualTo("1");
        window.menuItemWithPath("도구", "마지막 결과 취소").click();

        waitFor("off the do-not-call list", () -> "0".equals(desk.query("SELECT count(*) FROM do_not_call")));
        waitFor("the status bar", () -> "취소됨: 다람이 010-****-5678 · 수신거부"
                .equals(window.label("statusText").text()));
        assertThat(desk.query("SELECT group_concat(event, ',') FROM (SELECT event FROM call_audit ORDER BY id)"))
                .isEqualTo("OUTCOME_UNDONE,DNC_ADDED,DNC_REMOVED,OUTCOME_UNDONE");
        desk.key(KeyEvent.VK_F3);
        waitFor("in call", () -> window.label("calls.phase").text().startsWith("통화 중"));
        desk.key(KeyEvent.VK_Z, InputEvent.CTRL_MASK); // a dialled call: nothing to undo, nothing changes
        waitFor("the notice says why", () -> window.textBox("calls.notice").text().contains("결과"));
        assertThat(desk.query("SELECT count(*) FROM call_attempt")).isEqualTo("0");
    }

    @Test
    void ctrlZAfterAProductStopTakesBackTheRefusalAndTheStopAndSaysSo() {
        desk.root.database().write(connection -> {
            try (java.sql.Statement s = connection.createStatement()) {
                return s.executeUpdate("UPDATE lead SET product = '암보험' WHERE name = '다람이'");
            }
        });
        desk.key(KeyEvent.VK_F2);
        waitFor("다람이 in the call panel", () -> "다람이".equals(window.label("calls.lead.name").text()));
        desk.key(KeyEvent.VK_F3);
        waitFor("in call", () -> window.label("calls.phase").text().startsWith("통화 중"));
        desk.key(KeyEvent.VK_F9); // 이 상품만 연락금지, pressed by mistake
        waitFor("the next lead", () -> "김민수".equals(window.label("calls.lead.name").text()));
        assertThat(desk.query("SELECT product FROM do_not_call")).isEqualTo("암보험");

        desk.key(KeyEvent.VK_Z, InputEvent.CTRL_MASK);

        waitFor("the stop is taken back", () -> "0".equals(desk.query("SELECT count(*) FROM do_not_call")));
        waitFor("the status bar says both", () -> window.label("statusText").text()
                .equals("취소됨: 다람이 010-****-5678 · 거절 이 상품 연락금지요구도 함께 취소되어 이 상품으로 다시 전화할 수 있습니다."));
        assertThat(desk.query("SELECT status || attempt_count FROM lead WHERE name = '다람이'")).isEqualTo("NEW0");
        assertThat(desk.query("SELECT count(*) FROM call_attempt")).isEqualTo("0");
    }

    private void cycle(int outcomeKey, String nextName) {
        int before = desk.dialled.size();
        desk.key(KeyEvent.VK_F3);
        waitFor("the number dialled", () -> desk.dialled.size() == before + 1);
        waitFor("in call", () -> window.label("calls.phase").text().startsWith("통화 중"));
        desk.key(outcomeKey);
        waitFor("the next lead " + nextName, () -> nextName.equals(window.label("calls.lead.name").text()));
    }

    /** The status column of the lead called {@code name} in the lead list. */
    private String statusInList(String name) {
        return GuiActionRunner.execute(() -> {
            JTable table = window.table("leads.table").target();
            int statusColumn = -1;
            for (int c = 0; c < table.getColumnCount(); c++) {
                if ("상태".equals(table.getColumnName(c))) {
                    statusColumn = c;
                }
            }
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    if (name.equals(String.valueOf(table.getValueAt(r, c)))) {
                        return String.valueOf(table.getValueAt(r, statusColumn));
                    }
                }
            }
            return null;
        });
    }

    /** How the status cell of {@code name} is cut ("96 of 112 px"), or null when it reads whole. */
    private String statusCellCut(String name) {
        return GuiActionRunner.execute(() -> {
            JTable table = window.table("leads.table").target();
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    if (name.equals(String.valueOf(table.getValueAt(r, c)))) {
                        int status = table.getColumnModel().getColumnIndex("STATUS");
                        int wanted = table.prepareRenderer(table.getCellRenderer(r, status), r, status).getPreferredSize().width;
                        int width = table.getColumnModel().getColumn(status).getWidth();
                        return width + 1 < wanted ? width + " of " + wanted + " px" : null;
                    }
                }
            }
            return "no row of " + name;
        });
    }

    private boolean agendaHas(String text) {
        return GuiActionRunner.execute(() -> {
            var found = window.robot().finder().findAll(window.target(), c -> "callbackAgendaTable".equals(c.getName()));
            if (found.isEmpty()) {
                return false;
            }
            JTable table = (JTable) found.iterator().next();
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    if (String.valueOf(table.getValueAt(r, c)).contains(text)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }
}

package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.testing.TestClocks;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.prefs.BackingStoreException;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer's timeline and the QA re-recording call in the real window, Tuesday 2026-03-10 10:00 in
 * Seoul: the timeline of the lead on the call, refreshed when its outcome is recorded; a re-recording
 * callback says what it is, F8 marks the contract re-recorded, and 8 on that customer warns first.
 */
class CustomerTimelineGuiTest {

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
        desk = MainWindowFixture.launch(folder, "ko", TestClocks.seoul("2026-03-10T10:00"),
                new java.awt.Dimension(1280, 800),
                r -> SeededLeads.seed(r.database(), "다람이", "+821012345678", "김민수", "+821098765432"));
        window = desk.window;
        MainWindowFixture.waitFor("two leads listed", () -> "2 / 2건".equals(window.label("leads.count").text()));
    }

    @AfterEach
    void close() throws BackingStoreException {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void theTimelineOfTheLeadOnTheCallShowsItsHistoryAndTheOutcomeJustRecorded() {
        long daram = leadId("+821012345678");
        sql("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, disposition, "
                + "contact, sale, note) VALUES ('" + java.util.UUID.randomUUID() + "', " + daram + ", '" + SeededLeads.AGENT.value() + "', "
                + ms("2026-03-09T14:00") + ", " + ms("2026-03-09T14:01") + ", 65000, 'THINKING', 1, 0, '남편과 상의')");
        sql("UPDATE lead SET notes = '저녁에만 통화 가능', updated_at = " + ms("2026-03-09T14:02") + " WHERE id = " + daram);

        window.textBox("leads.search").deleteText().enterText("다람이");
        MainWindowFixture.waitFor("one lead found", () -> window.table("leads.table").rowCount() == 1);
        window.textBox("leads.search").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        MainWindowFixture.waitFor("다람이 on the call", () -> "다람이".equals(window.label("calls.lead.name").text()));
        MainWindowFixture.waitFor("its timeline", () -> rows().length == 3);
        assertThat(rows()[0]).containsExactly("03-09 (월) 14:02", "메모 변경", "저녁에만 통화 가능");
        assertThat(rows()[1]).containsExactly("03-09 (월) 14:00", "통화: 고민중, 통화 1:05", "남편과 상의");
        assertThat(rows()[2]).endsWith("DB 배정", SeededLeads.BATCH_NAME);
        assertThat(cutCells(2)).as("the batch's row reads whole at 1280 x 800").isEmpty();
        assertThat(window.table("calls.timeline.table").tableHeader().target().getColumnModel().getColumn(1)
                .getHeaderValue()).isEqualTo("타임라인 (최근 순)");

        window.pressAndReleaseKeys(KeyEvent.VK_F3);
        MainWindowFixture.waitFor("in the call", () -> "IN_CALL".equals(desk.phase()));
        window.pressAndReleaseKeys(KeyEvent.VK_1);
        MainWindowFixture.waitFor("김민수 on the call", () -> "김민수".equals(window.label("calls.lead.name").text()));
        MainWindowFixture.waitFor("김민수's timeline", () -> rows().length == 1);

        window.pressAndReleaseKeys(KeyEvent.VK_F3);
        MainWindowFixture.waitFor("in the call", () -> "IN_CALL".equals(desk.phase()));
        window.pressAndReleaseKeys(KeyEvent.VK_2);
        MainWindowFixture.waitFor("no lead left to call", () -> "IDLE".equals(desk.phase()));
        MainWindowFixture.waitFor("the busy call on top of 김민수's timeline", () -> rows().length == 2);
        assertThat(rows()[0][1]).isEqualTo("통화: 통화중, 통화 0:00");
    }

    @Test
    void aReRecordingCallbackSaysWhatItIsF8MarksItAndTheContractKeyWarnsFirst() {
        long minsu = leadId("+821098765432");
        Contract sold = desk.root.contracts().service().createFromCall(null, minsu, SeededLeads.AGENT, "암보험", 40_000,
                TestClocks.seoul("2026-03-09T15:00").instant(), "AP-1", "");
        desk.root.contracts().service().requireReRecording(sold.id(), "설명 누락", LocalDate.of(2026, 3, 10),
                SeededLeads.AGENT);
        sql("INSERT INTO callback(lead_id, agent_id, due_at, kind, contract_id, status, created_at, updated_at) VALUES ("
                + minsu + ", '" + SeededLeads.AGENT.value() + "', " + ms("2026-03-10T09:55") + ", 'RE_RECORDING', "
                + sold.id() + ", 'PENDING', " + ms("2026-03-10T09:00") + ", " + ms("2026-03-10T09:00") + ")");

        window.pressAndReleaseKeys(KeyEvent.VK_F2);
        MainWindowFixture.waitFor("김민수 on the call", () -> "김민수".equals(window.label("calls.lead.name").text()));
        MainWindowFixture.waitFor("the re-recording card", () -> showing("calls.reRecording"));
        window.label("calls.reRecording.title").requireText("QA 보완녹취 콜");
        assertThat(window.textBox("calls.reRecording.detail").text()).isEqualTo("계약 " + sold.id()
                + " (암보험, 03-09 (월)): 03-13 (금) 24:00까지 재녹취 (Asia/Seoul), D-3 남음");
        window.button("calls.reRecorded").requireText("F8  재녹취 완료");

        window.pressAndReleaseKeys(KeyEvent.VK_F8);
        MainWindowFixture.waitFor("re-recorded", () -> QaState.RE_RECORDED.name().equals(
                desk.query("SELECT qa_state FROM contract WHERE id = " + sold.id())));
        MainWindowFixture.waitFor("the card gone", () -> !showing("calls.reRecording"));
        assertThat(window.textBox("calls.timeline.message").text()).isEqualTo("계약 " + sold.id() + "을(를) 재녹취 완료로 표시했습니다.");
        MainWindowFixture.waitFor("the timeline says so", () -> rows().length > 0
                && ("계약 " + sold.id() + " 재녹취 완료").equals(rows()[0][1]));

        window.pressAndReleaseKeys(KeyEvent.VK_F3);
        MainWindowFixture.waitFor("in the call", () -> "IN_CALL".equals(desk.phase()));
        window.pressAndReleaseKeys(KeyEvent.VK_8);
        MainWindowFixture.waitFor("the warning", () -> window.textBox("calls.notice").text().startsWith(
                "이 고객은 이미 진행 중인 계약 " + sold.id() + " (암보험, 03-09 (월))이 있습니다."));
        assertThat(desk.query("SELECT count(*) FROM call_attempt")).isEqualTo("0");
        assertThat(desk.phase()).isEqualTo("IN_CALL");
    }

    /** The cells of timeline row {@code row} narrower than their text ("2025-03-10 신규 DB: 96 of 112 px"). */
    private java.util.List<String> cutCells(int row) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JTable table = window.table("calls.timeline.table").target();
            java.util.List<String> cut = new java.util.ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                int wanted = table.prepareRenderer(table.getCellRenderer(row, c), row, c).getPreferredSize().width;
                int width = table.getColumnModel().getColumn(c).getWidth();
                if (width + 1 < wanted) {
                    cut.add(table.getValueAt(row, c) + ": " + width + " of " + wanted + " px");
                }
            }
            return cut;
        });
    }

    private String[][] rows() {
        return window.table("calls.timeline.table").contents();
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> window.robot().finder().findAll(window.target(), c -> name.equals(c.getName())).stream()
                .anyMatch(Component::isShowing));
    }

    private long leadId(String e164) {
        return Long.parseLong(desk.query("SELECT id FROM lead WHERE phone = '" + e164 + "'"));
    }

    private static long ms(String seoul) {
        return LocalDateTime.parse(seoul).atZone(TestClocks.SEOUL).toInstant().toEpochMilli();
    }

    private void sql(String sql) {
        desk.root.database().write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }
}

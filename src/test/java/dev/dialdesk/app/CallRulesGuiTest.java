package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.rules.RulesSettingKeys;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.testing.TestClocks;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
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
 * The rules' card on the real call panel, Tuesday 2025-03-11 10:00 in Seoul: the opening statement
 * shows when the call connects and F6 marks it said (kept with the call); a customer who went cold and
 * a QA case at risk are marked loudly when their lead is opened.
 */
class CallRulesGuiTest {

    @TempDir
    Path folder;

    private MainWindowFixture desk;
    private CompositionRoot root;
    private FrameFixture window;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void launch() {
        desk = MainWindowFixture.launch(folder, "ko", TestClocks.seoul("2025-03-11T10:00"),
                new java.awt.Dimension(1280, 860), r -> {
                    r.settings().set(RulesSettingKeys.COMPANY, "한빛손해보험");
                    SeededLeads.seed(r.database(), "다람이", "+821012345678", "김민수", "+821098765432");
                });
        root = desk.root;
        window = desk.window;
        root.rules();
    }

    @AfterEach
    void close() throws BackingStoreException {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void theOpeningStatementShowsWhenTheCallConnectsAndF6MarksItSaid() {
        waitFor("two leads listed", () -> "2 / 2건".equals(window.label("leads.count").text()));
        window.pressAndReleaseKeys(KeyEvent.VK_F2);
        waitFor("the first lead", () -> "다람이".equals(window.label("calls.lead.name").text()));
        assertThat(showing("rules.script")).isFalse();

        window.pressAndReleaseKeys(KeyEvent.VK_F3);
        waitFor("the opening statement", () -> showing("rules.script"));
        assertThat(window.textBox("rules.script.text").text()).contains("한빛손해보험").contains("홍길동");
        window.button("rules.openingSaid").requireText("F6  도입 멘트 완료");

        window.pressAndReleaseKeys(KeyEvent.VK_F6);
        waitFor("marked said", () -> "✓ 도입 멘트 완료".equals(window.button("rules.openingSaid").text()));
        waitFor("kept with the call", () -> "1".equals(query("SELECT count(*) FROM call_opening WHERE late = 0")));

        window.pressAndReleaseKeys(KeyEvent.VK_1);
        waitFor("the next lead", () -> "김민수".equals(window.label("calls.lead.name").text()));
        waitFor("the statement gone", () -> !showing("rules.script"));
        assertThat(query("SELECT count(*) FROM call_opening o JOIN call_attempt c ON c.client_id = o.client_id"))
                .isEqualTo("1");
    }

    @Test
    void f9StopsContactForTheLeadsProductOnlyAndShowsTheNextLead() {
        root.database().write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("UPDATE lead SET product = '암보험' WHERE phone = '+821012345678'");
            }
            return null;
        });
        waitFor("two leads listed", () -> "2 / 2건".equals(window.label("leads.count").text()));
        window.pressAndReleaseKeys(KeyEvent.VK_F2);
        waitFor("the first lead", () -> "다람이".equals(window.label("calls.lead.name").text()));
        window.pressAndReleaseKeys(KeyEvent.VK_F3);
        waitFor("in the call", () -> showing("rules.script"));

        window.pressAndReleaseKeys(KeyEvent.VK_F9);
        waitFor("the next lead", () -> "김민수".equals(window.label("calls.lead.name").text()));
        assertThat(window.textBox("calls.notice").text()).startsWith("연락금지요구 기록됨: 다람이").contains("암보험");
        assertThat(query("SELECT product || '/' || scope FROM do_not_call WHERE number = '+821012345678'"))
                .isEqualTo("암보험/PRODUCT");
        assertThat(query("SELECT disposition FROM call_attempt")).isEqualTo("REFUSED");
    }

    @Test
    void aCustomerGoneColdAndAQaCaseAtRiskAreMarkedOnTheCallPanel() {
        long daram = leadId("+821012345678");
        attempt(daram, "2025-03-07T19:10", "THINKING", 1);
        attempt(daram, "2025-03-08T11:00", "NO_ANSWER", 0);
        attempt(daram, "2025-03-10T11:00", "NO_ANSWER", 0);
        attempt(daram, "2025-03-10T16:00", "PHONE_OFF", 0);
        root.database().write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("UPDATE lead SET attempt_count = 4, status = 'NO_ANSWER', last_disposition = 'PHONE_OFF' "
                        + "WHERE id = " + daram);
            }
            return null;
        });
        long minsu = leadId("+821098765432");
        Contract sold = root.contracts().service().createFromCall(null, minsu, SeededLeads.AGENT, "암보험", 40_000,
                TestClocks.seoul("2025-03-10T15:00").instant(), "AP-1", "");
        root.contracts().service().requireReRecording(sold.id(), "설명 누락", LocalDate.of(2025, 3, 10), SeededLeads.AGENT);
        attempt(minsu, "2025-03-11T09:00", "NO_ANSWER", 0);
        attempt(minsu, "2025-03-11T09:30", "NO_ANSWER", 0);
        waitFor("two leads listed", () -> "2 / 2건".equals(window.label("leads.count").text()));

        open("다람이");
        waitFor("the avoiding mark", () -> showing("rules.mark.avoiding"));
        assertThat(window.textBox("rules.mark.avoiding").text()).startsWith("통화 회피: 긍정적인 통화 뒤 3번 연속 부재")
                .contains("19시");

        // a recorded call refreshes the QA card's cases at risk beside the call panel
        window.pressAndReleaseKeys(KeyEvent.VK_F3);
        waitFor("in call", () -> window.label("calls.phase").text().startsWith("통화 중"));
        window.pressAndReleaseKeys(KeyEvent.VK_1);
        waitFor("the QA card's case at risk", () -> showing("rules.qaRisk.0"));
        window.textBox("leads.search").deleteText().enterText("다람이");
        waitFor("the list marks the lead avoiding calls", () -> window.table("leads.table").rowCount() == 1
                && window.table("leads.table").contents()[0][statusColumn()].endsWith("· 통화 회피"));
        assertThat(window.label("rules.qaRisk.0").text()).startsWith("QA 위험: 암보험 #" + sold.id())
                .contains("받는 시간 —");

        open("김민수");
        waitFor("the QA mark", () -> showing("rules.mark.qa"));
        assertThat(window.textBox("rules.mark.qa").text()).startsWith("QA 위험: 고객이 최근 전화를 받지 않음");
        assertThat(showing("rules.mark.avoiding")).isFalse();

        window.tabbedPane().selectTab(root.messages().get("screen.stats"));
        // the same customer, unreachable since the sale, is also at risk of withdrawal
        waitFor("the team lead's count on the dashboard", () -> showing("stats.floor.atRisk")
                && "오늘 위험한 계약 1건 · 철회 위험 1".equals(window.label("stats.floor.atRisk").text()));
    }

    private void open(String name) {
        window.textBox("leads.search").deleteText().enterText(name);
        waitFor("one lead found", () -> window.table("leads.table").rowCount() == 1);
        window.textBox("leads.search").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor(name + " in the call panel", () -> name.equals(window.label("calls.lead.name").text()));
    }

    private int statusColumn() {
        javax.swing.JTable table = window.table("leads.table").target();
        return GuiActionRunner.execute(() -> {
            dev.dialdesk.ui.leads.LeadTableModel model = (dev.dialdesk.ui.leads.LeadTableModel) table.getModel();
            for (int i = 0; i < model.getColumnCount(); i++) {
                if (model.column(i) == dev.dialdesk.ui.leads.LeadColumn.STATUS) {
                    return table.convertColumnIndexToView(i);
                }
            }
            return -1;
        });
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> {
            for (Component c : window.robot().finder().findAll(c -> name.equals(c.getName()))) {
                if (c.isShowing()) {
                    return true;
                }
            }
            return false;
        });
    }

    private long leadId(String e164) {
        return Long.parseLong(query("SELECT id FROM lead WHERE phone = '" + e164 + "'"));
    }

    /** An earlier call of the lead, as the call log keeps it. */
    private void attempt(long lead, String seoul, String disposition, int contact) {
        long at = LocalDateTime.parse(seoul).atZone(TestClocks.SEOUL).toInstant().toEpochMilli();
        root.database().write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("INSERT INTO call_attempt(client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                        + "disposition, contact, sale) VALUES ('" + UUID.randomUUID() + "', " + lead + ", '"
                        + SeededLeads.AGENT.value() + "', " + at + ", " + (at + 30_000) + ", 30000, '" + disposition
                        + "', " + contact + ", 0)");
            }
            return null;
        });
    }

    private String query(String sql) {
        return root.database().read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

}

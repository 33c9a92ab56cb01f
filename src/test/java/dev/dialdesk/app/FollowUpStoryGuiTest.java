package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.agenda.AgendaItem;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.cases.StepState;
import dev.dialdesk.testing.CasesFixture;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.SeededLeads;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
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
 * The broken machine, played with the keyboard in the real window on a pinned Tuesday in Seoul: the
 * complaint at 09:10 opens a case from the customer on screen; production ("3 weeks, parts first"),
 * materials (a parts date), production again (at lunch: 13:00), delivery (the morning is full), the
 * customer ("it must be before 9!"), delivery again (the slot at 16:00); three missed calls arrive
 * meanwhile (a catch-call SMS, a typed number, the phone system's export). Checked: the today list,
 * the inbox, the queue order (return calls before new leads) and the case's final state.
 */
class FollowUpStoryGuiTest {

    private static final String CUSTOMER = "+821012345678";
    private static final String MISSED = "+821098765432";
    private static final String EXPORTED = "+821033334444";
    /** The robot takes the old modifier masks (InputEvent.SHIFT_MASK = 1, CTRL_MASK = 2, ALT_MASK = 8). */
    private static final int SHIFT = 1;
    private static final int CTRL_SHIFT = 2 | SHIFT;
    private static final int ALT_SHIFT = 8 | SHIFT;

    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.seoul("2026-12-01T09:10");
    private final List<PhoneNumber> dialled = new CopyOnWriteArrayList<>();
    private CompositionRoot root;
    private Preferences prefs;
    private FrameFixture window;
    private MainWindowBuilder.MainWindow built;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void launch() throws Exception {
        root = TestWindows.root(folder, clock, clock.getZone());
        SeededLeads.seed(root.database(), "다람이", CUSTOMER, "김민수", MISSED, "박서연", EXPORTED,
                "이도윤", "+821055556666");
        root.registerAgent(new Agent(SeededLeads.AGENT, "홍길동"));
        Path contacts = folder.resolve("contacts.csv");
        Files.write(contacts, CasesFixture.CONTACTS_CSV.getBytes(java.nio.charset.Charset.forName("x-windows-949")));
        root.cases().contacts().importFile(contacts);
        // A callback booked yesterday for this afternoon: the today list holds it beside the case steps.
        sql("INSERT INTO callback(lead_id, agent_id, due_at, status, created_at, updated_at) SELECT id, 'A1024', "
                + clock.instant().plusSeconds(7 * 3600 + 20 * 60).toEpochMilli() + ", 'PENDING', 0, 0 FROM lead "
                + "WHERE name = '이도윤'");
        prefs = Preferences.userRoot().node("dev/dialdesk-test/followups-" + System.nanoTime());
        built = TestWindows.build(root, prefs);
        TestWindows.recordDials(root, dialled);
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(10); // a dozen calls of typing: quick, still through the event queue
        window = new FrameFixture(robot, built.frame());
        window.show(new java.awt.Dimension(1500, 950));
    }

    @AfterEach
    void close() throws BackingStoreException {
        if (window != null) {
            window.cleanUp();
        }
        root.close();
        prefs.removeNode();
    }

    @Test
    void oneComplaintADozenCallsNothingDropped() throws Exception {
        waitFor("the leads listed", () -> window.table("leads.table").rowCount() == 4);
        waitFor("the outcome buttons", () -> !window.robot().finder().findAll(
                c -> "calls.disposition.NO_ANSWER".equals(c.getName())).isEmpty());
        key(KeyEvent.VK_F2, 0);
        waitFor("the customer on the call screen", () -> "다람이".equals(window.label("calls.lead.name").text()));

        // 09:10 the complaint: one key opens a case for the customer on screen, with the A/S chain.
        key(KeyEvent.VK_N, CTRL_SHIFT);
        DialogFixture open = dialog("cases.newDialog");
        open.textBox("cases.new.caseTitle").enterText("세탁기 고장");
        open.textBox("cases.new.promise").enterText("수리 일정 안내");
        open.textBox("cases.new.promiseBy").enterText("17:00");
        open.textBox("cases.new.promiseBy").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the case listed", () -> window.table("cases.casesTable").rowCount() == 1);
        waitFor("its five steps", () -> window.table("cases.stepsTable").rowCount() == 5);

        // Production: dialled from the step (not a customer dial), the answer typed beside the call screen.
        callPartyAndAnswerOnCard("+8225551001", "3주, 부품 먼저");
        waitFor("materials proposed next", () -> window.label("cases.card.next").text().contains("자재팀"));

        // 09:40 missed call 1: a catch-call SMS pasted.
        clock.set("2026-12-01T09:40");
        focusSteps();
        key(KeyEvent.VK_V, CTRL_SHIFT);
        typeAndEnter("cases.smsDialog", "cases.inbox.sms", "010-9876-5432님이 전화하셨습니다 09:40");
        waitFor("one return call", () -> window.table("cases.inboxTable").rowCount() == 1);

        // 10:30 materials: a parts date, answered in the screen's dialog.
        clock.set("2026-12-01T10:30");
        callParty("+8225551002");
        answerInDialog("12월 4일 입고");
        waitFor("production again proposed", () -> window.label("cases.message").text().contains("생산팀"));

        // 12:10 production does not answer at lunch: re-planned, offered at 13:00.
        clock.set("2026-12-01T12:10");
        focusSteps();
        key(KeyEvent.VK_R, ALT_SHIFT);
        typeAndEnter("cases.dueDialog", "cases.due.text", "12:20");
        waitFor("the lunch break said", () -> window.label("cases.message").text().contains("13:00"));

        // 12:30 missed call 2: the same number typed in two keys.
        clock.set("2026-12-01T12:30");
        focusSteps();
        key(KeyEvent.VK_M, CTRL_SHIFT);
        typeAndEnter("cases.numberDialog", "cases.inbox.number", "01098765432");
        waitFor("two calls from one number", () -> "2".equals(window.table("cases.inboxTable").valueAt(
                org.assertj.swing.data.TableCell.row(0).column(1))));

        clock.set("2026-12-01T13:00");
        callParty("+8225551001");
        answerInDialog("12월 11일 수리 완료");
        clock.set("2026-12-01T13:30");
        callParty("+8225551003");
        answerInDialog("오전은 꽉 참, 늦은 오후 가능");
        waitFor("the customer proposed", () -> window.label("cases.message").text().contains("고객"));

        // 14:00 missed call 3: the phone system's export arrives.
        clock.set("2026-12-01T14:00");
        Path export = folder.resolve("missed.csv");
        Files.write(export, "발신번호,수신시간,이름\n010-3333-4444,2026-12-01 14:00,박서연\n".getBytes(StandardCharsets.UTF_8));
        root.cases().inbox().importFile(export);
        focusSteps();
        key(KeyEvent.VK_F5, ALT_SHIFT);
        waitFor("two return calls", () -> window.table("cases.inboxTable").rowCount() == 2);
        screenshot(window.panel("casesScreen").target(), "cases.png");
        List<AgendaItem> today = root.cases().today().today(SeededLeads.AGENT);
        assertThat(today).extracting(AgendaItem::source).contains(AgendaItem.Source.CALLBACK, AgendaItem.Source.CASE_STEP);

        // 14:30 the customer: "afternoon? it must be before 9!" typed into the step on the call screen.
        clock.set("2026-12-01T14:30");
        focusSteps();
        key(KeyEvent.VK_F3, SHIFT);
        waitFor("the case on the call screen", () -> window.label("cases.card.step").text().contains("고객"));
        key(KeyEvent.VK_F3, 0);
        waitFor("the customer dialled", () -> dialled.stream().anyMatch(n -> n.e164().equals(CUSTOMER)));
        waitFor("the card enabled", () -> window.textBox("cases.card.answer").target().isEnabled());
        screenshot(built.frame(), "cases-call.png");
        answerOnCard("오후? 9시 전이어야 함");
        GuiActionRunner.execute(() -> built.calls().focusLoop());
        key(KeyEvent.VK_6, 0);
        // The queue: the return calls come before the new lead, oldest first.
        waitFor("the first return call", () -> "김민수".equals(window.label("calls.lead.name").text()));
        key(KeyEvent.VK_F3, 0);
        waitFor("김민수 dialled", () -> dialled.stream().anyMatch(n -> n.e164().equals(MISSED)));
        key(KeyEvent.VK_1, 0);
        waitFor("the second return call", () -> "박서연".equals(window.label("calls.lead.name").text()));

        // A second delivery driver joins the address book, typed in the window.
        focusSteps();
        key(KeyEvent.VK_E, ALT_SHIFT);
        DialogFixture contact = dialog("cases.contactDialog");
        contact.textBox("cases.contact.name").enterText("오배송");
        contact.textBox("cases.contact.team").enterText("배송");
        contact.textBox("cases.contact.phone").enterText("02-555-1007");
        contact.textBox("cases.contact.lunch").enterText("12:00-13:00");
        contact.textBox("cases.contact.lunch").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the contact saved", () -> root.cases().contacts().all().stream()
                .anyMatch(k -> k.name().equals("오배송") && k.phone().e164().equals("+8225551007")));

        // A second template, chosen as "(new template)" in the templates dialog.
        focusSteps();
        key(KeyEvent.VK_T, ALT_SHIFT);
        DialogFixture templates = dialog("cases.templateDialog");
        templates.comboBox("cases.template.pick").selectItem(0);
        templates.textBox("cases.template.name").enterText("배송 재약속");
        templates.textBox("cases.template.steps").enterText("배송|배송 시간을 다시 잡아 주세요|0\n고객|새 배송 시간 안내|30");
        templates.textBox("cases.template.name").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the second template", () -> root.cases().cases().templates().size() == 2);

        // 15:00 delivery again: "we start at 9" - the slot at 16:00.
        clock.set("2026-12-01T15:00");
        focusSteps();
        key(KeyEvent.VK_INSERT, ALT_SHIFT);
        DialogFixture step = dialog("cases.stepDialog");
        step.comboBox("cases.step.party").selectItem("정배송 (배송)");
        step.textBox("cases.step.question").enterText("9시 전 배송 가능?");
        step.textBox("cases.step.question").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the sixth step", () -> window.table("cases.stepsTable").rowCount() == 6);
        callParty("+8225551003");
        answerInDialog("9시 시작, 16:00 배송 확정");
        focusSteps();
        key(KeyEvent.VK_C, ALT_SHIFT);
        DialogFixture closeCase = dialog("");
        javax.swing.JButton doneButton = closeCase.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("완료"))
                .requireVisible().target();
        // The robot's mouse click now and then missed the button on a busy Xvfb (no window manager: the dialog
        // was still being placed) and the dialog stayed open; the button is pressed as a click presses it.
        GuiActionRunner.execute(() -> {
            doneButton.doClick();
            return null;
        });
        waitFor("the close-case dialog gone", () -> !GuiActionRunner.execute(closeCase.target()::isShowing));

        waitFor("the case done", () -> root.cases().cases().get(caseId()).state() == CaseState.DONE,
                () -> "case " + root.cases().cases().get(caseId()).state() + ", the screen says '"
                        + window.label("cases.message").text() + "'");
        FollowUpCase done = root.cases().cases().get(caseId());
        assertThat(done.steps()).hasSize(6).allMatch(s -> s.state() == StepState.ANSWERED);
        assertThat(done.steps().get(2).dueAt()).isEqualTo(seoul("2026-12-01T13:00"));
        assertThat(done.steps().get(1).givenDate()).hasToString("2026-12-04");
        assertThat(done.promise().keptBy(done.closedAt())).isTrue();
        assertThat(done.steps().get(4).answer()).isEqualTo("오후? 9시 전이어야 함");
        List<ReturnCall> inbox = root.cases().inbox().returnCalls();
        assertThat(inbox).extracting(r -> r.phone().e164()).containsExactly(EXPORTED);
        assertThat(dialled).extracting(PhoneNumber::e164).containsExactly("+8225551001", "+8225551002",
                "+8225551001", "+8225551003", CUSTOMER, MISSED, "+8225551003");
        // Internal calls are not customer calls: only the customer and 김민수 are in the call log.
        assertThat(count("SELECT count(*) FROM call_attempt")).isEqualTo(2);
    }

    /** Paints a component into target/screenshots (copied to docs/screenshots by hand). */
    private static void screenshot(java.awt.Component component, String name) throws java.io.IOException {
        java.awt.image.BufferedImage image = GuiActionRunner.execute(() -> {
            java.awt.image.BufferedImage shot = new java.awt.image.BufferedImage(component.getWidth(),
                    component.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = shot.createGraphics();
            component.paint(g);
            g.dispose();
            return shot;
        });
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        javax.imageio.ImageIO.write(image, "png", shots.resolve(name).toFile());
    }

    private long caseId() {
        return root.cases().cases().cases(SeededLeads.AGENT, false).get(0).id();
    }

    private void callParty(String e164) {
        focusSteps();
        int before = dialled.size();
        key(KeyEvent.VK_F3, SHIFT);
        waitFor("dialled " + e164, () -> dialled.size() == before + 1
                && dialled.get(dialled.size() - 1).e164().equals(e164));
        waitFor("asked", () -> window.label("cases.message").text().contains("전화 중"));
    }

    private void callPartyAndAnswerOnCard(String e164, String answer) {
        callParty(e164);
        answerOnCard(answer);
    }

    private void answerOnCard(String answer) {
        waitFor("the card", () -> window.textBox("cases.card.answer").target().isEnabled());
        key(KeyEvent.VK_A, CTRL_SHIFT);
        window.textBox("cases.card.answer").enterText(answer);
        window.textBox("cases.card.answer").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the answer saved", () -> !window.textBox("cases.card.answer").target().isEnabled());
    }

    private void answerInDialog(String answer) {
        focusSteps();
        key(KeyEvent.VK_A, ALT_SHIFT);
        typeAndEnter("cases.answerDialog", "cases.answer.text", answer);
        waitFor("the answer in the steps", () -> window.table("cases.stepsTable").contents().length > 0
                && java.util.Arrays.stream(window.table("cases.stepsTable").contents()).anyMatch(r -> answer.equals(r[5])));
    }

    /**
     * Back in the main window after a dialog: Xvfb has no window manager to give the focus back, so a
     * click on the screen's summary line (not a table: it would change the selection) activates it.
     */
    /** Types into a field of the dialog now opening, then Enter (its OK). */
    private void typeAndEnter(String dialogName, String field, String text) {
        DialogFixture dialog = dialog(dialogName);
        dialog.textBox(field).enterText(text);
        dialog.textBox(field).pressAndReleaseKeys(KeyEvent.VK_ENTER);
    }

    private void focusSteps() {
        window.label("cases.summary").click();
        window.table("cases.stepsTable").focus();
    }

    private DialogFixture dialog(String name) {
        if (name.isEmpty()) {
            return WindowFinder.findDialog(javax.swing.JDialog.class).withTimeout(10_000).using(window.robot());
        }
        return WindowFinder.findDialog(name).withTimeout(10_000).using(window.robot());
    }

    private void key(int keyCode, int modifiers) {
        window.robot().pressAndReleaseKey(keyCode, modifiers == 0 ? new int[0] : new int[] {modifiers});
    }

    private java.time.Instant seoul(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(clock.getZone()).toInstant();
    }

    private void sql(String sql) {
        root.database().write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    private long count(String sql) {
        return root.database().read(connection -> {
            try (Statement s = connection.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

}

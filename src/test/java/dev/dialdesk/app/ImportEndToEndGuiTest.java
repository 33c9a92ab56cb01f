package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.storage.LeadQuery;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.SeededLeads;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import java.awt.Component;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent's first morning, through the real main window on an empty temporary database: the empty
 * list says what to do, Ctrl+I imports the centre's CP949 sample file through the file chooser, the
 * mapping dialog (charset, Korean headers, preview), the progress and the report (counts, a rejected
 * line, saved as CSV); then a search finds one customer. Only the file chooser is replaced; a bad file
 * gets one message naming it and changes nothing.
 */
class ImportEndToEndGuiTest {

    private static final Path SAMPLE = Path.of("sample-data", "leads-cp949.csv").toAbsolutePath();
    private static final long TEN_SECONDS = 10_000;

    @TempDir
    Path folder;

    private CompositionRoot root;
    private Preferences prefs;
    private FrameFixture window;
    private AnsweringChoosers choosers;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void launch() {
        Path database = folder.resolve("dialdesk.db");
        AppOptions options = AppOptions.parse("--db", database.toString(), "--lang", "ko");
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder,
                database, false);
        root = new CompositionRoot(options, paths, Clock.systemDefaultZone());
        root.registerAgent(new Agent(SeededLeads.AGENT, "홍길동"));
        prefs = Preferences.userRoot().node("dev/dialdesk-test/import-" + System.nanoTime());
        choosers = new AnsweringChoosers(root);
        root.calls(); // builds the call loop, callbacks and contracts off the event thread
        MainWindowBuilder.MainWindow built = GuiActionRunner.execute(() -> {
            Theme theme = new Theme(prefs);
            theme.install();
            ErrorReporter errors = new ErrorReporter(root.messages(), paths.logDir());
            return new MainWindowBuilder(root, errors, prefs, theme, choosers).build(root.currentAgent().orElseThrow());
        });
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new FrameFixture(robot, built.frame());
        window.show(new java.awt.Dimension(1280, 800));
        GuiActionRunner.execute(() -> built.leads().load());
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
    void importTheCentresCp949FileThroughTheDialogsThenFindACustomer() throws Exception {
        waitFor("the empty list says what to do",
                () -> "아직 리드가 없습니다: DB 파일을 가져오세요 (Ctrl+I)".equals(MainWindowFixture.words(window.label("leads.emptyState"))));
        choosers.leadFile = SAMPLE;
        choosers.reportFile = folder.resolve("report.csv");

        pressCtrlI();
        DialogFixture mapping = dialog("importdialog.mapping");
        assertThat(mapping.label("importdialog.mapping.file").text()).contains("leads-cp949.csv").contains("CP949");
        assertThat(previewHeaders(mapping)).anyMatch(h -> h.startsWith("이름")).anyMatch(h -> h.startsWith("연락처"))
                .anyMatch(h -> h.startsWith("생년월일"));
        assertThat(mapping.table("importdialog.mapping.preview").valueAt(TableCell.row(0).column(0))).isEqualTo("정미경");
        // Pressed through Swing: under a loaded Xvfb a robot click can land before the dialog takes input.
        press(mapping.button("importdialog.mapping.import").target());

        DialogFixture report = dialog("importdialog.report");
        report.label("importdialog.report.counts").requireText("533건 가져옴 · 중복 4건 · 제외 3건"); // 010-5970, 010-5975: not allocated yet, imported with a warning
        JTableFixture issues = report.table("importdialog.report.issues");
        int row = rowWithLine(issues, 97);
        assertThat(issues.valueAt(TableCell.row(row).column(1))).isEqualTo("제외");
        assertThat(issues.valueAt(TableCell.row(row).column(2))).contains("010-12ab-5678").contains("문자");

        press(report.button("importdialog.report.saveCsv").target());
        JOptionPaneFixture saved = JOptionPaneFinder.findOptionPane().withTimeout(30_000).using(window.robot());
        saved.requireMessage(root.messages().get("importdialog.report.saved", choosers.reportFile.toString()));
        ok(saved);
        String csv = Files.readString(choosers.reportFile, StandardCharsets.UTF_8);
        assertThat(csv).contains("행,구분,사유").contains("97,제외,").contains("010-12ab-5678")
                .contains("338,중복,13행과 중복입니다.");
        press(report.button("importdialog.report.close").target());

        waitFor("the imported list shown", () -> "533 / 533건".equals(window.label("leads.count").text()));
        window.textBox("leads.search").click(); // the report closed: the agent clicks back into the window
        window.textBox("leads.search").enterText("강성민");
        JTableFixture table = window.table("leads.table");
        waitFor("exactly one row found", () -> table.rowCount() == 1);
        assertThat(table.valueAt(TableCell.row(0).column(0))).isEqualTo("강성민");
        assertThat(table.valueAt(TableCell.row(0).column(1))).isEqualTo("010-3876-5431");
        assertThat(leadCount()).isEqualTo(533);
    }

    @Test
    void anXlsxWorkbookImportsThroughTheDialogWithItsSheetChosen() throws Exception {
        choosers.leadFile = dev.dialdesk.testing.SheetFiles.xlsx(folder.resolve("배정DB.xlsx"),
                new dev.dialdesk.testing.SheetFiles.SheetData("안내", List.of(List.of("11월 배정 안내"), List.of("문의", "팀장"))),
                new dev.dialdesk.testing.SheetFiles.SheetData("배정", List.of(
                        List.of("2026년 11월 배정 DB"),
                        List.of("고객명(한글)", "연락처(휴대폰)", "지역"),
                        List.of("김민준", new dev.dialdesk.testing.SheetFiles.Num(1012345678, "General"), "서울"),
                        List.of("이서연", "010-2345-6789", "부산"))));
        waitFor("the empty list", () -> MainWindowFixture.words(window.label("leads.emptyState")).contains("Ctrl+I"));
        pressCtrlI();
        DialogFixture first = dialog("importdialog.mapping");
        assertThat(first.label("importdialog.mapping.file").text()).contains("배정DB.xlsx").contains("XLSX");
        javax.swing.JComboBox<?> sheets = first.comboBox("importdialog.mapping.sheet").target();
        assertThat(GuiActionRunner.execute(() -> String.valueOf(sheets.getSelectedItem()))).isEqualTo("안내");
        javax.swing.SwingUtilities.invokeLater(() -> sheets.setSelectedItem("배정"));

        waitFor("the sheet read again", () -> showing("importdialog.mapping") == 1
                && GuiActionRunner.execute(() -> window.robot().finder().findAll(c -> c instanceof javax.swing.JComboBox<?> box
                        && "importdialog.mapping.sheet".equals(c.getName()) && c.isShowing()
                        && "배정".equals(box.getSelectedItem())).size() == 1));
        DialogFixture mapping = dialog("importdialog.mapping");
        assertThat(previewHeaders(mapping)).anyMatch(h -> h.startsWith("연락처(휴대폰)"));
        assertThat(mapping.table("importdialog.mapping.preview").valueAt(TableCell.row(0).column(1))).isEqualTo("1012345678");
        press(mapping.button("importdialog.mapping.import").target());

        DialogFixture report = dialog("importdialog.report");
        report.label("importdialog.report.counts").requireText("2건 가져옴 · 중복 0건 · 제외 0건");
        press(report.button("importdialog.report.close").target());
        waitFor("the imported list shown", () -> "2 / 2건".equals(window.label("leads.count").text()));
        assertThat(leadCount()).isEqualTo(2);
    }

    @Test
    void aHeaderOnlyFileGetsOneMessageNamingItAndChangesNothing() throws Exception {
        choosers.leadFile = Files.writeString(folder.resolve("오늘DB-header-only.csv"), "이름,연락처,지역\r\n",
                StandardCharsets.UTF_8);
        refusedWithOneMessage("오늘DB-header-only.csv");
    }

    @Test
    void aBinaryFileGetsOneMessageNamingItAndChangesNothing() throws Exception {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFE, 0, 1, 2};
        choosers.leadFile = Files.write(folder.resolve("leads.xlsx"), zip);
        refusedWithOneMessage("leads.xlsx");
    }

    private void refusedWithOneMessage(String fileName) {
        waitFor("the empty list", () -> MainWindowFixture.words(window.label("leads.emptyState")).contains("Ctrl+I"));
        pressCtrlI();
        JOptionPaneFixture message = JOptionPaneFinder.findOptionPane().withTimeout(TEN_SECONDS).using(window.robot());
        message.requireErrorMessage();
        assertThat(GuiActionRunner.execute(() -> String.valueOf(message.target().getMessage()))).contains(fileName);
        assertThat(showing("importdialog.mapping")).as("no mapping dialog for a bad file").isZero();
        ok(message);
        waitFor("the message closed", () -> window.robot().finder()
                .findAll(c -> c instanceof javax.swing.JOptionPane && c.isShowing()).isEmpty());
        assertThat(leadCount()).isZero();
        assertThat(root.leadStore().batches()).isEmpty();
        assertThat(MainWindowFixture.words(window.label("leads.emptyState"))).isEqualTo("아직 리드가 없습니다: DB 파일을 가져오세요 (Ctrl+I)");
    }

    /**
     * Ctrl+I where the agent's cursor is (the search field), through Swing's own key dispatch, so the
     * window's real binding answers. The event is posted rather than typed by the robot: under xvfb-run
     * the robot's Ctrl is not applied (a plain "i" is typed).
     */
    private void pressCtrlI() {
        javax.swing.JTextField search = window.textBox("leads.search").targetCastedTo(javax.swing.JTextField.class);
        window.textBox("leads.search").focus();
        GuiActionRunner.execute(() -> search.dispatchEvent(new KeyEvent(search, KeyEvent.KEY_PRESSED,
                System.currentTimeMillis(), InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_I, KeyEvent.CHAR_UNDEFINED)));
    }

    /**
     * Presses a button through Swing, later on the event thread (it may open a modal dialog): under a
     * loaded Xvfb a robot click can land before the dialog takes input.
     */
    private static void press(javax.swing.JButton button) {
        javax.swing.SwingUtilities.invokeLater(button::doClick);
    }

    /** OK on a message, pressed through Swing: under Xvfb a robot click can land before the dialog takes input. */
    private static void ok(JOptionPaneFixture message) {
        javax.swing.JButton ok = message.okButton().target();
        GuiActionRunner.execute(() -> ok.doClick());
    }

    private DialogFixture dialog(String name) {
        return WindowFinder.findDialog(name).withTimeout(30, java.util.concurrent.TimeUnit.SECONDS).using(window.robot());
    }

    private int showing(String name) {
        return window.robot().finder().findAll(c -> name.equals(c.getName()) && c.isShowing()).size();
    }

    private static List<String> previewHeaders(DialogFixture mapping) {
        JTable preview = mapping.table("importdialog.mapping.preview").target();
        return GuiActionRunner.execute(() -> {
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < preview.getColumnCount(); i++) {
                headers.add(preview.getColumnName(i));
            }
            return headers;
        });
    }

    private static int rowWithLine(JTableFixture issues, long line) {
        for (int row = 0; row < issues.rowCount(); row++) {
            if (String.valueOf(line).equals(issues.valueAt(TableCell.row(row).column(0)))) {
                return row;
            }
        }
        throw new AssertionError("no issue on line " + line);
    }

    private long leadCount() {
        AtomicLong count = new AtomicLong();
        root.leadStore().forEachLead(LeadQuery.all(), lead -> count.incrementAndGet());
        return count.get();
    }

    /** Answers the file choosers with the files a test sets; every other dialog stays real. */
    private static final class AnsweringChoosers extends FileChoosers {
        volatile Path leadFile;
        volatile Path reportFile;

        AnsweringChoosers(CompositionRoot root) {
            super(root.messages());
        }

        @Override
        public Optional<Path> openLeadFile(Component parent) {
            return Optional.ofNullable(leadFile);
        }

        @Override
        public Optional<Path> saveCsv(Component parent, String suggestedName) {
            return Optional.ofNullable(reportFile);
        }
    }
}

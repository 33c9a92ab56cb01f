package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.DialBlockedException;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.ImportProgress;
import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.imports.ImportRequest;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.LogFiles;
import dev.dialdesk.testing.TestClocks;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.imports.FileChoosers;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 §7: a full run of the real window with Logback writing to a temporary data folder (import
 * of the sample file, search, notes, calls with a blocked do-not-call dial, errors), then the log
 * files are searched for every customer name and every phone number of the sample file, in every
 * format: none may be there.
 */
class LogsHoldNoPersonalDataGuiTest {

    private static final Path SAMPLE = Path.of("sample-data", "leads-cp949.csv");
    private static final AgentId AGENT = new AgentId("A1024");

    @TempDir
    Path folder;

    private LogFiles logs;
    private CompositionRoot root;
    private Preferences prefs;
    private FrameFixture window;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() throws BackingStoreException {
        if (window != null) {
            window.cleanUp();
        }
        if (root != null) {
            root.close();
        }
        if (prefs != null) {
            prefs.removeNode();
        }
        if (logs != null) {
            logs.close();
        }
    }

    @Test
    void aFullRunLogsNoCustomerNameAndNoFullNumber() throws Exception {
        Path logDir = folder.resolve("logs");
        logs = LogFiles.writeTo(logDir);
        MainWindowBuilder.MainWindow built = launch();

        ImportReport report = root.leadImportService().importFile(new ImportRequest(SAMPLE, AGENT, null, null),
                ImportProgress.NONE);
        assertThat(report.imported()).isGreaterThan(400);
        GuiActionRunner.execute(() -> built.leads().load());
        String name = uniqueName();
        searchOpenAndSaveNotes(name);
        workCalls();
        provokeErrors(new ErrorReporter(root.messages(), logDir));
        root.close();

        String logged = LogFiles.readAll(logDir);
        assertThat(logged).as("the run was logged").contains("Importing").contains("Recorded call").contains("blocked");
        List<String> leaks = new ArrayList<>();
        for (String[] customer : sampleCustomers()) {
            for (String needle : needles(customer[0], customer[1])) {
                if (logged.contains(needle)) {
                    leaks.add(needle);
                }
            }
        }
        assertThat(leaks).as("names and numbers of the sample file found in the log").isEmpty();
    }

    private MainWindowBuilder.MainWindow launch() {
        Path database = folder.resolve("dialdesk.db");
        AppOptions options = AppOptions.parse("--db", database.toString(), "--lang", "ko");
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder,
                database, false);
        root = new CompositionRoot(options, paths, TestClocks.seoul("2026-11-18T10:30")); // a Wednesday morning
        root.settings().set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        root.registerAgent(new Agent(AGENT, "상담원"));
        root.calls(); // builds the call loop, callbacks and contracts off the event thread
        prefs = Preferences.userRoot().node("dev/dialdesk-test/logs-" + System.nanoTime());
        MainWindowBuilder.MainWindow built = GuiActionRunner.execute(() -> {
            Theme theme = new Theme(prefs);
            theme.install();
            ErrorReporter errors = new ErrorReporter(root.messages(), paths.logDir());
            return new MainWindowBuilder(root, errors, prefs, theme, new FileChoosers(root.messages()))
                    .build(root.currentAgent().orElseThrow());
        });
        window = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), built.frame());
        window.show(new java.awt.Dimension(1200, 760));
        return built;
    }

    private void searchOpenAndSaveNotes(String name) {
        waitFor("the sample listed", () -> window.label("leads.count").text().matches("[4-9]\\d\\d / [4-9]\\d\\d.*"));
        assertNoMessageShown("before the search");
        window.textBox("leads.search").enterText(name);
        waitFor("one lead found", () -> window.table("leads.table").rowCount() == 1);
        waitFor("the lead open", () -> name.equals(window.label("lead.detail.name").text()));
        window.textBox("leads.search").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.textBox("lead.notes").enterText(name + " 고객 토요일 10시 재통화 010-9999-0000");
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_S).modifiers(InputEvent.CTRL_DOWN_MASK));
        waitFor("the notes saved", () -> "저장됨".equals(window.label("lead.notes.state").text()));
    }

    /** Three calls through the call loop, a do-not-call request, and a dial the do-not-call list blocks. */
    private void workCalls() throws IOException {
        CallSession session = root.calls().session(AGENT);
        String[] outcomes = {DefaultDispositions.NO_ANSWER, DefaultDispositions.THINKING, DefaultDispositions.DO_NOT_CALL};
        for (String outcome : outcomes) {
            assertThat(session.next()).isPresent();
            session.dial();
            session.record(outcome, "고객이 " + outcome);
        }
        long leadId = session.next().orElseThrow().leadId();
        PhoneNumber number = root.leadDirectory().find(leadId).orElseThrow().phone();
        Path dncFile = folder.resolve("dnc.csv");
        Files.writeString(dncFile, "전화번호\n" + number.national() + "\n", StandardCharsets.UTF_8);
        root.calls().doNotCall().importFile(dncFile, AGENT);
        assertThat(catchThrowableOfType(DialBlockedException.class, session::dial)).isNotNull();
        catchThrowableOfType(DialBlockedException.class, () -> root.calls().callService().startCall(AGENT, number));
    }

    /** Errors as the window logs them: a missing file, a file that is not a lead file, a blocked dial. */
    private void provokeErrors(ErrorReporter errors) throws IOException {
        errors.log("Importing", catchThrowableOfType(ImportFailedException.class,
                () -> root.leadImportService().importFile(new ImportRequest(folder.resolve("없는 파일.csv"), AGENT, null,
                        null), ImportProgress.NONE)));
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "[{\"name\": \"" + uniqueName() + "\", \"phone\": \"010-3111-1110\" oops", StandardCharsets.UTF_8);
        errors.log("Importing", catchThrowableOfType(ImportFailedException.class,
                () -> root.leadImportService().importFile(new ImportRequest(broken, AGENT, null, null), ImportProgress.NONE)));
        errors.log("Unexpected", new IllegalStateException("lead 7 could not be shown"));
    }

    /** Name and phone text of every data row of the sample file, however broken the row. */
    private static List<String[]> sampleCustomers() throws IOException {
        List<String[]> customers = new ArrayList<>();
        List<String> lines = Files.readAllLines(SAMPLE, Charset.forName("x-windows-949"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length >= 2) {
                customers.add(new String[] {cells[0].strip(), cells[1].strip()});
            }
        }
        return customers;
    }

    /** The name, and the number as E.164, national with dashes, digits only and its last eight digits. */
    private static Set<String> needles(String name, String phone) {
        Set<String> needles = new LinkedHashSet<>();
        if (name.length() >= 2) {
            needles.add(name);
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() >= 9) {
            needles.add(digits);
            needles.add(digits.substring(digits.length() - 8));
            needles.add(phone);
        }
        PhoneNumber.Parsed parsed = PhoneNumber.parse(phone, "KR");
        if (parsed.ok()) {
            needles.add(parsed.number().e164());
            needles.add(parsed.number().national());
            needles.add(parsed.number().nationalDigits());
        }
        return needles;
    }

    /** A name that occurs once in the sample file. */
    private static String uniqueName() throws IOException {
        List<String> names = sampleCustomers().stream().map(c -> c[0]).filter(n -> n.length() >= 2).toList();
        return names.stream().filter(n -> names.indexOf(n) == names.lastIndexOf(n)).findFirst().orElseThrow();
    }

    /**
     * Fails naming the text of any message the window shows (an error reported by a background task),
     * instead of failing later on the focus the message took.
     */
    private void assertNoMessageShown(String when) {
        List<String> shown = GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>();
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w.isShowing() && w instanceof javax.swing.JDialog dialog) {
                    for (java.awt.Component c : org.assertj.swing.core.BasicComponentFinder.finderWithCurrentAwtHierarchy()
                            .findAll(dialog, c -> c instanceof javax.swing.JOptionPane)) {
                        texts.add(dialog.getTitle() + ": " + ((javax.swing.JOptionPane) c).getMessage());
                    }
                }
            }
            return texts;
        });
        assertThat(shown).as("messages shown " + when).isEmpty();
    }

    private static void waitFor(String what, BooleanSupplier check) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return check.getAsBoolean();
            }
        }, Timeout.timeout(15_000));
    }
}

package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.TestClocks;
import dev.dialdesk.ui.imports.FileChoosers;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 10: Escape closes every dialog the window makes (the F1 list, settings, about, the lead
 * import's column check and report, the do-not-call and holiday imports with their file chooser and
 * summary, the callback booking, the contract entry, a question of the window), each closed by the
 * key alone; the screen keys (Ctrl+1 …) never swallow the digit typed after them; the outcome buttons
 * keep their place and only grey out between calls.
 */
class ConsistentKeysGuiTest {

    @TempDir
    Path folder;

    private MainWindowFixture desk;
    private volatile Path leadFile;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void launch() {
        desk = MainWindowFixture.launch(folder, "ko", TestClocks.seoul("2025-03-11T10:00"), new Dimension(1280, 800),
                MainWindowFixture::fiveLeads, root -> new FileChoosers(root.messages()) {
                    @Override
                    public Optional<Path> openLeadFile(Component parent) {
                        return Optional.ofNullable(leadFile);
                    }
                });
        waitFor("the lead list", () -> desk.window.table("leads.table").rowCount() == 5);
        waitFor("the outcome buttons", () -> !desk.window.robot().finder().findAll(
                c -> "calls.disposition.NO_ANSWER".equals(c.getName())).isEmpty());
    }

    @AfterEach
    void close() throws BackingStoreException {
        desk.close();
    }

    @Test
    void escapeClosesEveryDialogOfTheWindow() throws Exception {
        escapeCloses("F1 list", () -> desk.menuAction("app.shortcuts"));
        escapeCloses("settings", () -> desk.menuAction("calls.settings"));
        escapeCloses("about", () -> desk.menuAction("app.about"));
        leadFile = Path.of("sample-data", "leads-cp949.csv").toAbsolutePath();
        escapeCloses("lead import: the columns", () -> desk.menuAction("app.import"));
        Window mapping = opened("lead import: the columns again", () -> desk.menuAction("app.import"));
        JButton importButton = desk.window.robot().finder().findByName(mapping, "importdialog.mapping.import",
                JButton.class);
        escapeCloses("lead import: the report", () -> SwingUtilities.invokeLater(importButton::doClick),
                "importdialog.report");
        Path numbers = Files.writeString(folder.resolve("dnc.txt"), "010-5555-6666\n", StandardCharsets.UTF_8);
        escapeCloses("do-not-call import: the file chooser", () -> desk.menuAction("calls.importDnc"));
        Window chooser = opened("do-not-call import: the file chooser again", () -> desk.menuAction("calls.importDnc"));
        escapeCloses("do-not-call import: the summary", () -> approve(chooser, numbers));
        Path holidays = Files.writeString(folder.resolve("holidays.csv"), "2025-03-01,삼일절\n", StandardCharsets.UTF_8);
        Window holidayChooser = opened("holiday import: the file chooser", () -> desk.menuAction("calls.importHolidays"));
        escapeCloses("holiday import: the summary", () -> approve(holidayChooser, holidays));

        onEdt(() -> desk.built.calls().presenter().next());
        waitFor("a lead on the call panel", () -> !desk.window.label("calls.lead.name").text().isBlank());
        onEdt(() -> desk.built.calls().presenter().dial());
        waitFor("in call", () -> "IN_CALL".equals(desk.phase()));
        escapeCloses("closing with a call open: the question", () -> desk.menuAction("app.quit"));
        assertThat(GuiActionRunner.execute(desk.built.frame()::isDisplayable)).as("Escape answered: keep working")
                .isTrue();
        escapeCloses("contract entry", () -> onEdt(() -> desk.built.calls().presenter().disposition(8)));
        waitFor("the next lead shown", () -> "LEAD_SHOWN".equals(desk.phase()) || "IDLE".equals(desk.phase()));
    }

    @Test
    void aDigitRightAfterAScreenKeyRecordsTheOutcome() {
        desk.key(KeyEvent.VK_F2);
        waitFor("a lead on the call panel", () -> "LEAD_SHOWN".equals(desk.phase()));
        desk.key(KeyEvent.VK_F3);
        waitFor("in call", () -> "IN_CALL".equals(desk.phase()));
        Rectangles before = buttons();
        // the list stays on screen while it reloads (LeadListPresenter keeps the old rows until the new ones)
        desk.window.table("leads.table").click(); // the keyboard in the lead list, on the screen about to go
        ctrl(KeyEvent.VK_2); // the callbacks screen, built when first shown
        ctrl(KeyEvent.VK_1); // back to the leads
        desk.key(KeyEvent.VK_1); // 부재, typed at once
        waitFor("the outcome recorded", () -> "1".equals(desk.query("SELECT COUNT(*) FROM call_attempt")));
        assertThat(desk.query("SELECT disposition FROM call_attempt")).isEqualTo("NO_ANSWER");
        assertThat(desk.window.textBox("leads.search").text()).as("no digit typed into the search").isEmpty();
        waitFor("the next lead", () -> "LEAD_SHOWN".equals(desk.phase()));
        assertThat(buttons()).as("the outcome buttons stay where they were").isEqualTo(before);
        assertThat(GuiActionRunner.execute(() -> desk.window.button("calls.disposition.NO_ANSWER").target().isEnabled()))
                .as("between calls the buttons are greyed, not hidden").isFalse();

        ctrl(KeyEvent.VK_4); // the dashboard
        ctrl(KeyEvent.VK_1);
        desk.key(KeyEvent.VK_F3);
        waitFor("in call again", () -> "IN_CALL".equals(desk.phase()));
        desk.window.textBox("leads.search").click(); // the cursor in the search, where a digit is typed
        ctrl(KeyEvent.VK_1); // a screen key gives the keyboard back to the call loop, like F2 and F3
        desk.key(KeyEvent.VK_5); // 거절, right after a screen key
        waitFor("the second outcome recorded", () -> "2".equals(desk.query("SELECT COUNT(*) FROM call_attempt")));
        assertThat(desk.query("SELECT disposition FROM call_attempt ORDER BY id DESC")).isEqualTo("REFUSED");
        assertThat(desk.window.textBox("leads.search").text()).as("the 5 recorded, not typed").isEmpty();
    }

    /** Where each outcome button sits and how wide it is, by name. */
    private record Rectangles(List<String> cells) {
    }

    private Rectangles buttons() {
        return GuiActionRunner.execute(() -> new Rectangles(desk.window.robot().finder().findAll(
                        c -> c.getName() != null && c.getName().startsWith("calls.disposition.") && c.isShowing())
                .stream().map(c -> c.getName() + "@" + c.getX() + "," + c.getY() + " " + c.getWidth())
                .sorted().toList()));
    }

    private void ctrl(int key) {
        desk.window.robot().pressKey(KeyEvent.VK_CONTROL);
        desk.window.robot().pressAndReleaseKey(key);
        desk.window.robot().releaseKey(KeyEvent.VK_CONTROL);
    }

    /** Opens a dialog, presses Escape once it has the keyboard, and waits for it to be gone. */
    private void escapeCloses(String what, Runnable opening) {
        escapeCloses(what, opening, null);
    }

    /** As above, for the dialog named {@code name} (another one shows before it: the import's progress). */
    private void escapeCloses(String what, Runnable opening, String name) {
        Window dialog = opened(what, opening, name);
        desk.window.robot().pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        waitFor(what + " closed by Escape", () -> !GuiActionRunner.execute(dialog::isShowing));
    }

    /** Opens a dialog and waits until it is in front with the keyboard focus. */
    private Window opened(String what, Runnable opening) {
        return opened(what, opening, null);
    }

    private Window opened(String what, Runnable opening, String name) {
        List<Window> before = openDialogs();
        opening.run();
        java.util.function.Predicate<Window> fresh = d -> !before.contains(d) && (name == null || name.equals(d.getName()));
        waitFor(what + " open", () -> openDialogs().stream().anyMatch(fresh));
        Window dialog = openDialogs().stream().filter(fresh).findFirst().orElseThrow();
        waitFor(what + " has the keyboard", () -> GuiActionRunner.execute(dialog::isFocused));
        desk.window.robot().waitForIdle();
        return dialog;
    }

    private void approve(Window dialog, Path file) {
        JFileChooser chooser = desk.window.robot().finder().findByType((java.awt.Container) dialog, JFileChooser.class);
        GuiActionRunner.execute(() -> {
            chooser.setSelectedFile(file.toFile());
            chooser.approveSelection();
            return null;
        });
    }

    private List<Window> openDialogs() {
        return GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w instanceof Dialog && w.isShowing()).toList());
    }

    private static void onEdt(Runnable action) {
        SwingUtilities.invokeLater(action);
    }
}

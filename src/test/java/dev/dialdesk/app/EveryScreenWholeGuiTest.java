package dev.dialdesk.app;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.testing.ClippingChecker;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.TestClocks;
import dev.dialdesk.ui.FirstRunDialog;
import java.awt.Dimension;
import java.awt.Window;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 item 9: at 1280 × 800 and 1366 × 768, in Korean and English, every screen (leads,
 * callbacks, contracts, stats, with a call on the call panel) and every dialog of the call loop (F1
 * list, settings, first start, callback booking, contract entry) shows each label, button, column
 * header and cell of the rows in view whole and inside the window. All problems are collected and listed
 * at once.
 */
class EveryScreenWholeGuiTest {

    private static final List<String> SCREENS = List.of("leads", "callbacks", "contracts", "stats", "cases");
    /**
     * The tables whose rows in view must read whole, cell by cell: the lead list, read all day, the callback
     * agenda (its "no time booked" reasons), the contracts (product and dates) and the settings' outcome codes.
     */
    private static final java.util.Set<String> WHOLE_CELLS = java.util.Set.of("leads.table", "callbackAgendaTable", "contractsTable",
            "callsettings.dispositions");

    /** A batch name as a centre writes it: date, kind, product and round. */
    private static final String CENTRE_BATCH = "2025-03-10 신규 DB 실손 1차";

    @TempDir
    Path folder;

    private MainWindowFixture desk;
    private final List<String> problems = new ArrayList<>();
    private int width;
    private int height;
    private String bookingTitle;
    private String firstRunZone;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() throws BackingStoreException {
        if (desk != null) {
            desk.close();
        }
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"ko, 1280, 800", "en, 1280, 800", "ko, 1366, 768", "en, 1366, 768"})
    void everyScreenAndDialogShowsItsTextsWhole(String language, int width, int height) {
        this.width = width;
        this.height = height;
        desk = MainWindowFixture.launch(folder, language, TestClocks.seoul("2025-03-11T10:00"),
                new Dimension(width, height), EveryScreenWholeGuiTest::fiveLeadsTheFirstAwaitingReRecording);
        waitFor("the lead list", () -> desk.window.table("leads.table").rowCount() == 5);
        waitFor("the outcome buttons", () -> !desk.window.robot().finder().findAll(
                c -> "calls.disposition.NO_ANSWER".equals(c.getName())).isEmpty());
        onEdt(() -> desk.built.calls().presenter().next());
        waitFor("a lead on the call panel", () -> "다람이".equals(desk.window.label("calls.lead.name").text()));
        onEdt(() -> desk.built.calls().presenter().dial());
        waitFor("in call", () -> "IN_CALL".equals(desk.phase()));
        waitFor("the customer's timeline and re-recording card", () -> desk.window.table("calls.timeline.table")
                .rowCount() >= 3 && GuiActionRunner.execute(() -> desk.window.panel("calls.reRecording").target().isShowing()));
        for (String screen : SCREENS) {
            GuiActionRunner.execute(() -> desk.built.screens().show(screen));
            desk.window.robot().waitForIdle();
            check("screen " + screen, desk.built.frame());
        }
        callPanelKeepsItsKeysInViewUnderALongNotice();
        dialog("F1 list", () -> desk.menuAction("app.shortcuts"));
        dialog("settings", () -> desk.menuAction("calls.settings"));
        dialog("first start", () -> SwingUtilities.invokeLater(() -> FirstRunDialog.ask(desk.built.frame(),
                desk.root.messages(), "MON-FRI 09:00-21:00")));
        assertThat(firstRunZone).as("the zone preselected at first start")
                .isEqualTo(language.equals("ko") ? "Asia/Seoul" : java.time.ZoneId.systemDefault().getId());
        GuiActionRunner.execute(() -> desk.built.screens().show("leads"));
        dialog("callback booking", () -> onEdt(() -> desk.built.calls().presenter().callback()));
        assertThat(bookingTitle).as("the booking names the customer").endsWith("다람이 · 010-1234-5678");
        waitFor("the next lead", () -> "김민수".equals(desk.window.label("calls.lead.name").text()));
        onEdt(() -> desk.built.calls().presenter().dial());
        waitFor("in call", () -> "IN_CALL".equals(desk.phase()));
        dialog("contract entry", () -> onEdt(() -> desk.built.calls().presenter().disposition(8)));
        assertThat(problems).as("texts cut off or outside the window (%s, %dx%d)", language, width, height).isEmpty();
    }

    /**
     * A notice wrapping over several lines (a long clipboard message under Xvfb, in CI) while the
     * re-recording card shows: the column gives up the timeline's rows and, if that is not enough, scrolls;
     * the outcome keys, the note and the re-recording card stay whole and in view.
     */
    private void callPanelKeepsItsKeysInViewUnderALongNotice() {
        String longNotice = String.join(" ", java.util.Collections.nCopies(6, desk.root.messages().get(
                "callscreen.askTimeAgain", "다람이")));
        GuiActionRunner.execute(() -> desk.built.calls().showNotice(new dev.dialdesk.ui.calls.CallModels.Notice(
                dev.dialdesk.ui.calls.CallModels.Tone.WARNING, longNotice)));
        desk.window.robot().waitForIdle();
        List<String> outOfView = notWhollyInView();
        for (long until = System.currentTimeMillis() + 3_000; !outOfView.isEmpty() && System.currentTimeMillis() < until; ) {
            org.assertj.swing.timing.Pause.pause(100); // the column widens for its scroll bar once the bar stays
            outOfView = notWhollyInView();
        }
        problems.addAll(outOfView);
        assertThat(GuiActionRunner.execute(() -> desk.window.robot().finder().findAll(desk.built.frame(),
                c -> c.getName() != null && c.getName().startsWith("calls.disposition.") && c.isShowing()).size()))
                .as("the nine outcome keys").isEqualTo(9);
        check("the call panel under a long notice", desk.built.frame());
        GuiActionRunner.execute(() -> desk.built.calls().showNotice(null));
    }

    /** The outcome keys, the note and the re-recording card that are not wholly in view, in words. */
    private List<String> notWhollyInView() {
        List<String> keep = List.of("calls.note", "calls.reRecording.title", "calls.reRecorded", "calls.disposition.");
        return GuiActionRunner.execute(() -> desk.window.robot().finder().findAll(desk.built.frame(),
                c -> c.getName() != null && keep.stream().anyMatch(k -> k.endsWith(".") ? c.getName().startsWith(k)
                        : c.getName().equals(k))).stream().map(c -> {
            String name = c.getName();
            java.awt.Rectangle seen = ((javax.swing.JComponent) c).getVisibleRect();
            return seen.width + 1 < c.getWidth() || seen.height + 1 < c.getHeight() || !c.isShowing()
                    ? "a long notice: " + name + " is " + seen.width + "x" + seen.height + " in view of "
                    + c.getWidth() + "x" + c.getHeight() : null;
        }).filter(java.util.Objects::nonNull).toList());
    }

    /**
     * The five leads, with the regions and products of a real batch ("부산 해운대구", "운전자보험"); 다람이 has a
     * contract whose QA asked for a re-recording (the call panel's timeline and card), 최지우 a callback
     * without a time (its status reads "예약콜 · 시간 미정", "Callback · TBD").
     */
    private static void fiveLeadsTheFirstAwaitingReRecording(CompositionRoot root) {
        MainWindowFixture.fiveLeads(root);
        root.database().write(connection -> {
            String[][] rows = {{"다람이", "부산 해운대구", "운전자보험"}, {"김민수", "충남 천안시", "실손보험"},
                {"박서연", "경기 성남시", "치아보험"}, {"이도윤", "서울 마포구", "연금보험"}, {"최지우", "충북 청주시", "운전자보험"}};
            try (java.sql.PreparedStatement update = connection.prepareStatement(
                    "UPDATE lead SET region = ?, product = ? WHERE name = ?")) {
                for (String[] row : rows) {
                    update.setString(1, row[1]);
                    update.setString(2, row[2]);
                    update.setString(3, row[0]);
                    update.executeUpdate();
                }
            }
            try (java.sql.Statement noTime = connection.createStatement()) {
                noTime.executeUpdate("UPDATE lead SET status = 'CALLBACK' WHERE name = '최지우'");
                // a centre's batch name, as long as they come (the detail's "Batch" line must read it whole)
                noTime.executeUpdate("UPDATE lead_batch SET name = '" + CENTRE_BATCH + "'");
            }
            return null;
        });
        long lead = Long.parseLong(root.database().read(connection -> {
            try (java.sql.Statement s = connection.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT id FROM lead WHERE phone = '+821012345678'")) {
                rs.next();
                return rs.getString(1);
            }
        }));
        var contracts = root.contracts().service();
        var sold = contracts.createFromCall(null, lead, dev.dialdesk.testing.SeededLeads.AGENT, "무배당 종신보험 (갱신형)",
                35_000, TestClocks.seoul("2025-03-10T15:00").instant(), "AP-1", "");
        contracts.requireReRecording(sold.id(), "고지의무 설명 누락", java.time.LocalDate.of(2025, 3, 11),
                dev.dialdesk.testing.SeededLeads.AGENT);
    }

    private void check(String where, Window window) {
        problems.addAll(GuiActionRunner.execute(() -> ClippingChecker.check(window, where, width, height, WHOLE_CELLS)));
    }

    /** Opens a dialog with {@code opening}, checks it and the window under it, and closes it. */
    private void dialog(String where, Runnable opening) {
        List<JDialog> before = openDialogs();
        opening.run();
        waitFor(where + " open", () -> openDialogs().stream().anyMatch(d -> !before.contains(d)));
        desk.window.robot().waitForIdle();
        JDialog dialog = openDialogs().stream().filter(d -> !before.contains(d)).findFirst().orElseThrow();
        check(where, dialog);
        if (where.equals("first start")) {
            firstRunZone = GuiActionRunner.execute(() -> String.valueOf(desk.window.robot().finder()
                    .findByName(dialog, "firstRun.zone", javax.swing.JComboBox.class).getSelectedItem()));
        }
        if (where.equals("callback booking")) {
            bookingTitle = GuiActionRunner.execute(dialog::getTitle);
            // behind it the list now marks the call's lead "예약콜 · 시간 미정": its status column widened with it
            var messages = desk.root.messages();
            String noTime = messages.get("lead.status.CALLBACK") + " · " + messages.get("leads.status.withoutTime");
            waitFor("the list marks the lead on the call", () -> noTime.equals(statusInList("다람이")));
            check("the lead list behind the callback booking", desk.built.frame());
        }
        GuiActionRunner.execute(() -> {
            dialog.dispatchEvent(new java.awt.event.WindowEvent(dialog, java.awt.event.WindowEvent.WINDOW_CLOSING));
            return null;
        });
        waitFor(where + " closed (" + dialog.getName() + ")", () -> !GuiActionRunner.execute(dialog::isShowing));
    }

    /** The status the lead list shows for the lead called {@code name}, or null. */
    private String statusInList(String name) {
        return GuiActionRunner.execute(() -> {
            javax.swing.table.TableModel leads = desk.window.table("leads.table").target().getModel();
            for (int row = 0; row < leads.getRowCount(); row++) {
                if (name.equals(leads.getValueAt(row, dev.dialdesk.ui.leads.LeadColumn.NAME.ordinal()))) {
                    return String.valueOf(leads.getValueAt(row, dev.dialdesk.ui.leads.LeadColumn.STATUS.ordinal()));
                }
            }
            return null;
        });
    }

    private static void onEdt(Runnable action) {
        SwingUtilities.invokeLater(action);
    }

    private List<JDialog> openDialogs() {
        return GuiActionRunner.execute(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w instanceof JDialog && w.isShowing()).map(w -> (JDialog) w).toList());
    }
}

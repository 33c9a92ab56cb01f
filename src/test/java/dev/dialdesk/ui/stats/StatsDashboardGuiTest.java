package dev.dialdesk.ui.stats;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static dev.dialdesk.testing.CallLoopFixture.LEE;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.StatsServices;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.testing.StatsFixture;
import dev.dialdesk.ui.common.ErrorReporter;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTable;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.assertj.swing.timing.Condition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end under Xvfb: the dashboard on a seeded database, pick yesterday, drill into an agent,
 * export the CSV; and the screenshot (target/screenshots/dashboard.png).
 */
class StatsDashboardGuiTest {

    @TempDir
    Path dir;
    private Robot robot;
    private FrameFixture window;
    private StatsFixture fixture;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private void open(Locale locale, Path exportTo, AtomicInteger printed) {
        fixture = new StatsFixture(dir).seed();
        // The Thursday contract of Kim's 14:00 sale, a QA case and callbacks: the dashboard's other sources.
        var contract = fixture.contract(KIM, "2025-03-06T14:10", 85_000);
        fixture.contracts().requireReRecording(contract.id(), "missing consent", java.time.LocalDate.of(2025, 3, 6), KIM);
        fixture.callback(KIM, "2025-03-06T11:00", "DONE", null);
        fixture.callback(LEE, "2025-03-06T16:00", "MISSED", "2025-03-06T16:30");
        fixture.db.clock.set(StatsFixture.TODAY);
        Messages messages = Messages.forLocale(locale);
        StatsServices services = new StatsServices(fixture.db.database, fixture.db.settings, fixture.db.clock, messages);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        robot.settings().eventPostingDelay(50);
        JFrame frame = GuiActionRunner.execute(() -> {
            FlatLaf.registerCustomDefaultsSource("dev.dialdesk.ui.theme");
            FlatLightLaf.setup();
            StatsDashboardPanel panel = new StatsDashboardPanel(services.stats(), services.exporter(), messages,
                    new ErrorReporter(messages, dir), Optional.empty(), (table, header, footer) -> {
                        printed.incrementAndGet();
                        return true;
                    }, (parent, title, name) -> Optional.of(exportTo));
            panel.addTransfers(new ReportTransfer.Services(services.dayReports(), services.history(),
                    fixture.db.settings), (parent, title, folders, extension) -> java.util.List.of());
            JFrame f = new JFrame("stats");
            f.setContentPane(panel);
            f.setSize(size());
            return f;
        });
        window = new FrameFixture(robot, frame);
        // Inside the screen: the robot then never scrolls or retries to reach a component off it
        // (Xvfb's default screen is 640 pixels wide; CI runs 1600×1000).
        window.show(size());
    }

    private static Dimension size() {
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        return new Dimension(Math.min(1600, screen.width), Math.min(960, screen.height));
    }

    private void waitForRows(JTableFixture table, int rows) {
        Pause.pause(new Condition("table has " + rows + " rows") {
            @Override
            public boolean test() {
                return table.target().getRowCount() == rows;
            }
        }, Timeout.timeout(10_000));
    }

    @Test
    void pickYesterdayDrillIntoAnAgentAndExportTheCsv() throws Exception {
        Path csv = dir.resolve("yesterday.csv");
        AtomicInteger printed = new AtomicInteger();
        open(Locale.ENGLISH, csv, printed);
        JTableFixture table = window.table("statsTable");
        window.comboBox("statsRange").selectItem("This week");
        waitForRows(table, 2);
        window.comboBox("statsRange").selectItem("Yesterday");
        Pause.pause(new Condition("yesterday shown") {
            @Override
            public boolean test() {
                return window.label("statsSummary").target().getText().startsWith("8 dials");
            }
        }, Timeout.timeout(10_000));
        assertThat(window.textBox("statsFrom.text").text()).isEqualTo("2025-03-06");
        assertThat(table.valueAt(org.assertj.swing.data.TableCell.row(0).column(1))).isEqualTo("Kim");
        assertThat(window.table("statsTeam").valueAt(org.assertj.swing.data.TableCell.row(0).column(3))).isEqualTo("8");

        table.cell(org.assertj.swing.data.TableCell.row(0).column(1)).click();
        table.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        DialogFixture drill = window.dialog("agentDayDialog", Timeout.timeout(10_000));
        assertThat(drill.table("drillCalls").rowCount()).isEqualTo(5);
        assertThat(drill.table("drillCalls").valueAt(org.assertj.swing.data.TableCell.row(3).column(3))).isEqualTo("Contract");
        // Pressed through Swing, later on the event thread: under a loaded Xvfb a robot click can land
        // before a dialog takes input.
        javax.swing.JButton close = drill.button("drillClose").target();
        javax.swing.SwingUtilities.invokeLater(close::doClick);
        javax.swing.JButton export = window.button("button.stats.exportCsv").target();
        javax.swing.SwingUtilities.invokeLater(export::doClick);
        Pause.pause(new Condition("CSV written") {
            @Override
            public boolean test() {
                return Files.exists(csv);
            }
        }, Timeout.timeout(30_000));
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF# Dialdesk stats from 2025-03-06 to 2025-03-06, 2 agents, generated 2025-03-07T08:30+09:00");
        assertThat(content.lines().skip(1).findFirst().orElseThrow()).startsWith("rank,agent,name,dials,contacts,contact_rate");
        assertThat(content).contains("1,A1024,Kim,5,4,0.8000,810,1,").contains(",Team,8,5,0.6250,890,1,");

        javax.swing.JButton print = window.button("button.stats.print").target();
        GuiActionRunner.execute(() -> print.doClick());   // the button may lie beyond Xvfb's 640-pixel screen
        assertThat(printed.get()).isEqualTo(1);
        assertThat(window.button("button.stats.importReports").target().isShowing()).isTrue();
        assertThat(window.spinner("statsPremiumTarget").target().getValue()).isEqualTo(100_000);
    }

    @Test
    void theRangeCalendarsOfferTheAppsDayInTheCentreNotTheComputersDate() {
        // Friday 2025-03-07 08:30 in Seoul: still Thursday in UTC; the computer's date is another year altogether
        open(Locale.ENGLISH, dir.resolve("unused.csv"), new AtomicInteger());
        dev.dialdesk.testing.MainWindowFixture.waitFor("yesterday in the range",
                () -> "2025-03-06".equals(window.textBox("statsTo.text").text()));
        com.github.lgooddatepicker.components.DatePicker to = GuiActionRunner.execute(() -> robot.finder()
                .findByName(window.target(), "statsTo", com.github.lgooddatepicker.components.DatePicker.class));
        GuiActionRunner.execute(to::openPopup);
        dev.dialdesk.testing.MainWindowFixture.waitFor("the calendar open", () -> GuiActionRunner.execute(to::isPopupOpen));
        String translation = GuiActionRunner.execute(() -> to.getSettings().getTranslationToday());
        javax.swing.JLabel todayLabel = GuiActionRunner.execute(() -> robot.finder().find(
                new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JLabel.class, true) {
                    @Override
                    protected boolean isMatching(javax.swing.JLabel label) {
                        return label.getText() != null && label.getText().startsWith(translation);
                    }
                }));
        String today = translation + ":  " + java.time.LocalDate.of(2025, 3, 7)
                .format(GuiActionRunner.execute(() -> to.getSettings().getFormatForTodayButton()));

        assertThat(GuiActionRunner.execute(todayLabel::getText)).isEqualTo(today);
        robot.click(todayLabel);
        dev.dialdesk.testing.MainWindowFixture.waitFor("today chosen: the range runs from yesterday to today",
                () -> "2025-03-07".equals(window.textBox("statsTo.text").text())
                        && window.comboBox("statsRange").target().getSelectedItem() == DateRange.Preset.CUSTOM);
        assertThat(window.textBox("statsFrom.text").text()).isEqualTo("2025-03-06");
    }

    @Test
    void screenshotInKorean() throws Exception {
        open(Locale.KOREAN, dir.resolve("unused.csv"), new AtomicInteger());
        fixture.db.clock.set(StatsFixture.TODAY);
        JTableFixture table = window.table("statsTable");
        window.comboBox("statsRange").selectItem(DateRange.Preset.THIS_WEEK.ordinal());
        waitForRows(table, 2);
        Pause.pause(500);
        JFrame frame = (JFrame) window.target();
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage shot = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            frame.getRootPane().paint(shot.getGraphics());
            return shot;
        });
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        ImageIO.write(image, "png", target.resolve("dashboard.png").toFile());
        assertThat(table.target().getRowCount()).isEqualTo(2);
    }
}

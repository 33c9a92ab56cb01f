package dev.dialdesk.ui.contracts;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.testing.ContractsFixture;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.UIManager;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end under Xvfb: enter a contract through the entry dialog, flag it for re-recording, watch the
 * countdown turn red, book the re-recording, mark it re-recorded and see it grey.
 */
class ContractsGuiTest {

    @TempDir
    Path dir;
    private ContractsFixture fx;
    private ContractService service;
    private Robot robot;
    private FrameFixture window;
    private ContractsModule module;
    private final List<String> booked = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void setUp() {
        fx = new ContractsFixture(dir, "2012-11-20T14:30");
        service = fx.service();
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterEach
    void tearDown() {
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
        if (module != null) {
            GuiActionRunner.execute(() -> module.stop());
        }
        fx.close();
    }

    private void show(Locale locale) {
        JFrame frame = GuiActionRunner.execute(() -> {
            FlatLaf.registerCustomDefaultsSource("dev.dialdesk.ui.theme");
            FlatLightLaf.setup();
            Messages messages = Messages.forLocale(locale);
            module = new ContractsModule(service, messages, new ErrorReporter(messages, dir), fx.db.clock,
                    fx.db.settings.get(dev.dialdesk.service.settings.SettingKeys.CENTRE_ZONE), KIM,
                    (lead, contract, deadline, customer) -> booked.add(lead + "/" + contract + "/" + deadline.toOffsetDateTime()));
            JFrame f = new JFrame("Contracts");
            JPanel content = new JPanel(new BorderLayout());
            content.add(module.view(), BorderLayout.CENTER);
            content.add(module.homePanel(), BorderLayout.EAST);
            content.add(module.statusLabel(), BorderLayout.SOUTH);
            f.setContentPane(content);
            f.setPreferredSize(new Dimension(1500, 520));
            module.start();
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show();
    }

    /**
     * Presses a button through Swing, later on the event thread (it may open a modal dialog): under a
     * loaded Xvfb a robot click can land before a new dialog takes input.
     */
    private static void press(javax.swing.AbstractButton button) {
        javax.swing.SwingUtilities.invokeLater(button::doClick);
    }

    private static void await(String what, BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return condition.getAsBoolean();
            }
        }, Timeout.timeout(30_000));
    }

    private JTableFixture table() {
        return window.table("contractsTable");
    }

    private String cell(int column) {
        return GuiActionRunner.execute(() -> table().valueAt(row(0).column(column)));
    }

    @Test
    void enterAContractFlagItCountDownBookAndCompleteTheReRecording() {
        long lead = fx.lead();
        fx.db.sql("INSERT INTO call_attempt(id, client_id, lead_id, agent_id, started_at, ended_at, duration_ms, "
                + "disposition, contact, sale) VALUES (55, 'call-55', " + lead + ", 'A1024', 0, 0, 0, 'CONTRACT', 1, 1)");
        show(Locale.ENGLISH);
        List<Contract> created = new CopyOnWriteArrayList<>();
        GuiActionRunner.execute(() -> javax.swing.SwingUtilities.invokeLater(() ->
                module.openContractEntry(window.target(), 55L, lead, null, created::add)));
        DialogFixture entry = window.dialog("contractEntryDialog");
        entry.textBox("product").setText("무배당 종신보험");
        entry.textBox("premium").setText("35,000");
        entry.textBox("applicationNo").setText("AP-2012-1120");
        press(entry.button("formOk").target());
        await("contract saved and listed", () -> !created.isEmpty() && table().rowCount() == 1);
        assertThat(created.get(0).attemptId()).isEqualTo(55L);
        assertThat(cell(ContractsTableModel.PREMIUM)).isEqualTo("₩35,000");

        table().selectRows(0);
        press(window.button("contracts.requireReRecording").target());
        DialogFixture reRecording = window.dialog("reRecordingDialog");
        reRecording.textBox("reason").setText("고지의무 설명 누락");
        press(reRecording.button("formOk").target());
        await("flagged", () -> cell(ContractsTableModel.STATE).equals("Re-recording required"));

        fx.db.clock.set("2012-11-24T18:20");
        GuiActionRunner.execute(() -> module.presenter().tick());
        assertThat(cell(ContractsTableModel.COUNTDOWN)).isEqualTo("5h 40m");
        GuiActionRunner.execute(() -> table().target().clearSelection());
        table().cell(row(0).column(ContractsTableModel.COUNTDOWN)).foreground()
                .requireEqualTo(UIManager.getColor("Dialdesk.urgency.due.foreground"));
        window.label("qaStatusLabel").requireText("QA: 1 case, 5h 40m left");
        window.label("qaHomeCountdown0").requireText("5h 40m");
        table().selectRows(0);

        press(window.button("contracts.bookReRecording").target());
        await("booker called", () -> booked.size() == 1);
        assertThat(booked.get(0)).endsWith("/2012-11-25T00:00+09:00").startsWith(lead + "/");

        press(window.button("contracts.reRecorded").target());
        await("re-recorded", () -> cell(ContractsTableModel.COUNTDOWN).equals("Done"));
        window.button("contracts.reRecorded").requireDisabled();
        GuiActionRunner.execute(() -> table().target().clearSelection());
        table().cell(row(0).column(ContractsTableModel.COUNTDOWN)).foreground()
                .requireEqualTo(UIManager.getColor("Dialdesk.urgency.done.foreground"));
        window.label("qaStatusLabel").requireText("QA: no open cases");
        assertThat(service.find(created.get(0).id()).state()).isEqualTo(QaState.RE_RECORDED);
    }

    @Test
    void screenshotOfContractsAtEveryUrgency() throws Exception {
        fx.db.clock.set("2012-11-10T10:00");
        String[][] sales = {
            {"2012-11-20T09:10", "무배당 종신보험", "52000", "FLAG"},
            {"2012-11-21T10:00", "실손의료보험", "31500", "FLAG"},
            {"2012-11-22T11:20", "암보험 플러스", "45000", "FLAG"},
            {"2012-11-23T16:45", "어린이보험", "28000", "FLAG"},
            {"2012-11-19T13:00", "운전자보험", "19900", "RE_RECORDED"},
            {"2012-11-18T15:30", "치아보험", "24000", "RETURNED"},
            {"2012-11-24T09:40", "연금저축보험", "100000", "NONE"},
            {"2012-11-17T11:00", "간병보험", "38000", "PASSED"}};
        String[] names = {"김민준", "이서연", "박지호", "최수아", "정우진", "강하은", "윤도현", "임지우"};
        fx.db.clock.set("2012-11-24T20:50");
        for (int i = 0; i < sales.length; i++) {
            long lead = fx.lead();
            fx.db.sql("UPDATE lead SET name = '" + names[i] + "' WHERE id = " + lead);
            Contract c = service.createFromCall(null, lead, KIM, sales[i][1], Long.parseLong(sales[i][2]),
                    fx.db.seoul(sales[i][0]), "AP-" + (1000 + i), "");
            if (!sales[i][3].equals("NONE")) {
                if (sales[i][3].equals("PASSED")) {
                    service.passQa(c.id(), KIM);
                    continue;
                }
                service.requireReRecording(c.id(), "녹취 불량", c.contractDate().plusDays(1), KIM);
            }
            if (sales[i][3].equals("RE_RECORDED")) {
                service.markReRecorded(c.id(), fx.db.seoul("2012-11-21T10:00"), KIM);
            } else if (sales[i][3].equals("RETURNED")) {
                service.reject(c.id(), KIM);
            }
        }
        show(Locale.ENGLISH);
        await("listed", () -> table().rowCount() == sales.length);
        table().selectRows(3);
        robot.waitForIdle();
        BufferedImage image = GuiActionRunner.execute(() -> {
            JFrame frame = (JFrame) window.target();
            BufferedImage shot = new BufferedImage(frame.getContentPane().getWidth(),
                    frame.getContentPane().getHeight(), BufferedImage.TYPE_INT_RGB);
            frame.getContentPane().paint(shot.getGraphics());
            return shot;
        });
        Path out = Path.of("target", "screenshots", "contracts.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
        Color critical = UIManager.getColor("Dialdesk.urgency.critical.background");
        assertThat(critical).isNotNull();
        assertThat(GuiActionRunner.execute(() -> table().target().getRowCount())).isEqualTo(8);
        assertThat(LocalDate.parse("2012-11-24")).isNotNull();
    }
}

package dev.dialdesk.ui.callbacks;

import static dev.dialdesk.testing.MainWindowFixture.waitFor;
import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CallbackFixture;
import dev.dialdesk.testing.GuiTestSupport;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end under Xvfb, in Korean: book "tomorrow 10:00" with the keyboard, move the clock to the
 * reminder, see the notice while typing elsewhere (focus stays), reschedule +15 min from the agenda.
 * Also writes the screenshots of docs/screenshots (to target/screenshots).
 */
class CallbacksGuiTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    private CallbackFixture fx;
    private Robot robot;
    private FrameFixture window;
    private CallbacksModule module;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
        GuiActionRunner.execute(() -> {
            FlatLaf.registerCustomDefaultsSource("dev.dialdesk.ui.theme");
            FlatLightLaf.setup();
        });
    }

    @AfterEach
    void tearDown() {
        if (module != null) {
            GuiActionRunner.execute(() -> module.stop());
        }
        if (window != null) {
            window.cleanUp();
        } else if (robot != null) {
            robot.cleanUp();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private JFrame start(String seoulNow) {
        return start(seoulNow, 900, 560);
    }

    private JFrame start(String seoulNow, int width, int height) {
        fx = new CallbackFixture(new CallLoopFixture(dir, seoulNow));
        Messages messages = Messages.forLocale(Locale.KOREAN);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        JFrame frame = GuiActionRunner.execute(() -> {
            module = new CallbacksModule(fx.callbacks().service(), fx.callbacks().agenda(), messages,
                    new ErrorReporter(messages, dir), KIM, leadId -> { }, () -> { });
            JFrame f = new JFrame("Dialdesk");
            JTextField typing = new JTextField(30);
            typing.setName("typing");
            f.add(typing, BorderLayout.NORTH);
            f.add(module.agendaPanel(), BorderLayout.CENTER);
            f.add(module.nextCallbackLabel(), BorderLayout.SOUTH);
            f.setSize(width, height);
            module.install(f);
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show(frame.getSize());
        return frame;
    }

    @Test
    void bookTomorrowTenWithTheKeyboardGetRemindedWithoutLosingFocusAndRescheduleIt() {
        JFrame frame = start("2025-03-11T10:00");
        long lead = fx.db.lead(fx.db.batch(KIM, "2025-03-10T09:00"), KIM);
        AtomicReference<Callback> booked = new AtomicReference<>();
        SwingUtilities.invokeLater(() -> module.booking().open(frame, lead, "김민수", CallbackKind.NORMAL, null, Optional.empty(),
                booked::set));
        DialogFixture dialog = WindowFinder.findDialog("callbackBooking").withTimeout(5_000).using(robot);
        dialog.textBox("bookingNote").requireFocused().enterText("남편과 상의 후 결정");
        screenshot(dialog.target(), "callback-booking.png");
        dialog.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_5).modifiers(InputEvent.ALT_MASK));
        waitFor("booked", () -> booked.get() != null);
        assertThat(booked.get().dueAt()).isEqualTo(fx.db.seoul("2025-03-12T10:00"));
        assertThat(booked.get().note()).isEqualTo("남편과 상의 후 결정");

        window.textBox("typing").click();
        window.textBox("typing").enterText("abc");
        fx.db.clock.set("2025-03-12T09:56");
        GuiActionRunner.execute(() -> module.refresh());
        waitFor("the reminder notice", () -> GuiActionRunner.execute(() -> module.reminders().isNoticeShowing()));
        window.textBox("typing").requireFocused();
        window.textBox("typing").enterText("d");
        window.textBox("typing").requireText("abcd");
        waitFor("the status bar", () -> GuiActionRunner.execute(() -> module.nextCallbackLabel().getText())
                .equals("10:00 홍길동, 4분 후"));

        window.table("callbackAgendaTable").focus();
        waitFor("the agenda row selected", () -> GuiActionRunner.execute(() ->
                module.agendaPanel().selected().isPresent()));
        window.table("callbackAgendaTable").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_1)
                .modifiers(InputEvent.CTRL_MASK, InputEvent.SHIFT_MASK));
        waitFor("moved to 10:15", () -> fx.callbacks().service().find(booked.get().id()).orElseThrow().dueAt()
                .equals(fx.db.seoul("2025-03-12T10:15")));
    }

    @Test
    void theCalendarsTodayIsTheAppsDayInTheCentreNotTheComputersDate() {
        // 08:30 in Seoul is still the day before in UTC; the computer's date is another year altogether
        JFrame frame = start("2025-03-11T08:30");
        long lead = fx.db.lead(fx.db.batch(KIM, "2025-03-10T09:00"), KIM);
        SwingUtilities.invokeLater(() -> module.booking().open(frame, lead, "김민수", CallbackKind.NORMAL, null,
                Optional.empty(), c -> { }));
        DialogFixture dialog = WindowFinder.findDialog("callbackBooking").withTimeout(5_000).using(robot);
        com.github.lgooddatepicker.components.DatePicker picker = GuiActionRunner.execute(() -> robot.finder()
                .findByType(dialog.target(), com.github.lgooddatepicker.components.DatePicker.class));
        GuiActionRunner.execute(() -> {
            picker.setDate(java.time.LocalDate.of(2025, 3, 20));
            picker.openPopup();
        });
        String today = picker.getSettings().getTranslationToday() + ":  "
                + java.time.LocalDate.of(2025, 3, 11).format(picker.getSettings().getFormatForTodayButton());
        waitFor("the calendar open", () -> GuiActionRunner.execute(picker::isPopupOpen));
        javax.swing.JLabel todayLabel = GuiActionRunner.execute(() -> robot.finder().find(
                new org.assertj.swing.core.GenericTypeMatcher<>(javax.swing.JLabel.class, true) {
                    @Override
                    protected boolean isMatching(javax.swing.JLabel label) {
                        return label.getText() != null && label.getText().startsWith(
                                picker.getSettings().getTranslationToday());
                    }
                }));
        assertThat(GuiActionRunner.execute(todayLabel::getText)).isEqualTo(today);
        robot.click(todayLabel);
        waitFor("today chosen", () -> "2025-03-11".equals(dialog.textBox("bookingDate").text()));
    }

    @Test
    void agendaScreenshotWithEverySection() {
        JFrame frame = start("2025-03-11T10:00");
        long batch = fx.db.batch(KIM, "2025-03-10T09:00");
        List<String> names = List.of("김민지", "이서준", "박지훈", "최수아", "정예린", "강도윤", "윤하은");
        long[] leads = new long[names.size()];
        for (int i = 0; i < leads.length; i++) {
            leads[i] = fx.db.lead(batch, KIM);
            fx.db.sql("UPDATE lead SET name = '" + names.get(i) + "' WHERE id = " + leads[i]);
        }
        fx.db.clock.set("2025-03-11T08:00");
        fx.book(leads[0], KIM, "2025-03-11T09:00");
        fx.book(leads[1], KIM, "2025-03-11T09:40");
        fx.book(leads[2], KIM, "2025-03-11T10:10");
        fx.book(leads[3], KIM, "2025-03-11T15:30");
        fx.book(leads[4], KIM, "2025-03-13T11:00");
        Callback cancelled = fx.book(leads[5], KIM, "2025-03-11T13:00");
        fx.callbacks().service().cancel(cancelled.id(), "다른 회사와 계약함");
        fx.book(leads[6], KIM, "2025-03-11T09:20");
        fx.db.clock.set("2025-03-11T09:21");
        fx.calls().callService().record(fx.calls().callService().startCall(KIM, leads[6]), "THINKING", "");
        fx.db.clock.set("2025-03-11T10:00");
        GuiActionRunner.execute(() -> module.refresh());
        waitFor("the agenda", () -> GuiActionRunner.execute(() -> module.agendaPanel().table().getRowCount()) > 9);
        waitFor("the reminder", () -> GuiActionRunner.execute(() -> module.reminders().isNoticeShowing()));
        robot.waitForIdle();
        screenshot(frame.getRootPane(), "callbacks-agenda.png");
    }

    @Test
    void aLongCancelReasonLeavesTimeCustomerAndStatusInViewAt1280x800AndReadsWholeInTheLastColumn() {
        start("2025-03-11T10:00", 1280, 800);
        long batch = fx.db.batch(KIM, "2025-03-10T09:00");
        long lead = fx.db.lead(batch, KIM);
        fx.db.sql("UPDATE lead SET name = '김민지' WHERE id = " + lead);
        String reason = String.join(" ", java.util.Collections.nCopies(6, "고객이 다른 회사 상품으로 계약함"));
        assertThat(reason.length()).isBetween(110, 140);
        Callback cancelled = fx.book(lead, KIM, "2025-03-11T13:00");
        fx.callbacks().service().cancel(cancelled.id(), reason);
        GuiActionRunner.execute(() -> module.refresh());
        javax.swing.JTable table = GuiActionRunner.execute(() -> module.agendaPanel().table());
        waitFor("the cancelled callback", () -> GuiActionRunner.execute(() -> rowHolding(table, reason)) >= 0);
        robot.waitForIdle();
        GuiActionRunner.execute(() -> {
            int row = rowHolding(table, reason);
            java.awt.Rectangle inView = table.getVisibleRect();
            for (String header : List.of("시간", "고객", "상태")) {
                int column = table.getColumnModel().getColumnIndex(header);
                java.awt.Rectangle cell = table.getCellRect(row, column, true);
                assertThat(cell.x >= inView.x && cell.x + cell.width <= inView.x + inView.width)
                        .as("the %s cell (%s) in view %s", header, cell, inView).isTrue();
            }
            assertThat(table.getValueAt(row, table.getColumnModel().getColumnIndex("상태"))).isEqualTo("취소");
            int last = table.getColumnCount() - 1;
            Component cell = table.prepareRenderer(table.getCellRenderer(row, last), row, last);
            assertThat(((javax.swing.JComponent) cell).getToolTipText()).as("the tooltip reads it whole").contains(reason);
            assertThat(table.getColumnModel().getColumn(last).getWidth()).as("the reason whole by scrolling")
                    .isGreaterThanOrEqualTo(cell.getPreferredSize().width);
        });
    }

    /** The first row with {@code text} in one of its cells, or -1. */
    private static int rowHolding(javax.swing.JTable table, String text) {
        for (int row = 0; row < table.getRowCount(); row++) {
            for (int column = 0; column < table.getColumnCount(); column++) {
                if (String.valueOf(table.getValueAt(row, column)).contains(text)) {
                    return row;
                }
            }
        }
        return -1;
    }

    private static void screenshot(Component component, String name) {
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage shot = new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = shot.createGraphics();
            component.paint(g);
            g.dispose();
            return shot;
        });
        try {
            Files.createDirectories(SHOTS);
            ImageIO.write(image, "png", SHOTS.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.dialdesk.ui.callbacks;

import dev.dialdesk.domain.Urgency;
import dev.dialdesk.ui.common.Edt;
import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.SystemTray;
import java.awt.Taskbar;
import java.awt.TrayIcon;
import java.awt.Window;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders from the database: a Swing timer runs the reminder check off the event thread every
 * {@link #PERIOD_MS} ms; due callbacks show in a {@link ReminderNotice} inside the window (never
 * taking the focus), a newly due one asks the taskbar for attention and, where the desktop has a
 * tray, shows a tray notification. Also keeps the status bar's next-callback label and the count.
 */
public final class CallbackReminders implements ReminderView {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackReminders.class);
    public static final int PERIOD_MS = 30_000;

    private final ReminderPresenter presenter;
    private final JLabel nextLabel = new JLabel(" ");
    private final ReminderNotice notice;
    private RootPaneContainer frame;
    private final Timer timer;
    private final List<IntConsumer> countListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Window window;
    private TrayIcon trayIcon;
    private String navigationTitle = "";

    CallbackReminders(ReminderPresenter presenter, dev.dialdesk.domain.i18n.Messages messages, Runnable openAgenda) {
        this.presenter = presenter;
        this.notice = new ReminderNotice(messages, presenter::snooze, openAgenda);
        this.timer = new Timer(PERIOD_MS, e -> presenter.check());
        timer.setInitialDelay(0);
        nextLabel.setName("nextCallback");
        presenter.attach(this);
    }

    /**
     * Puts the notice into {@code frame}'s layered pane, bottom left just above the status bar: over the
     * end of the list, never over the call panel or the QA deadlines beside it. Call once, on the event thread.
     */
    public void install(RootPaneContainer frame) {
        Edt.assertEdt();
        this.frame = frame;
        JLayeredPane layers = frame.getLayeredPane();
        layers.add(notice, JLayeredPane.POPUP_LAYER);
        layers.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                place();
            }
        });
        window = SwingUtilities.getWindowAncestor(layers);
        place();
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
        if (trayIcon != null) {
            SystemTray.getSystemTray().remove(trayIcon);
            trayIcon = null;
        }
    }

    /** Checks now (after a booking, or from a test), not waiting for the timer. */
    public void checkNow() {
        presenter.check();
    }

    /** The status bar's label: "10:00 홍길동, in 12 min". */
    public JLabel nextCallbackLabel() {
        return nextLabel;
    }

    /** Called with the navigation count after every check. */
    public void addCountListener(IntConsumer listener) {
        countListeners.add(listener);
    }

    /** "Callbacks 3", as of the last check. */
    public String navigationTitle() {
        return navigationTitle;
    }

    boolean isNoticeShowing() {
        return notice.isShowing();
    }

    private void place() {
        if (notice.getParent() == null) {
            return;
        }
        java.awt.Dimension size = notice.getPreferredSize();
        java.awt.Container layers = notice.getParent();
        notice.setBounds(12, Math.max(0, layers.getHeight() - size.height - statusBarHeight() - 8),
                size.width, size.height);
    }

    /** The height of the frame's status bar (the south of its content pane), 32 when there is none. */
    private int statusBarHeight() {
        java.awt.Container content = frame == null ? null : frame.getContentPane();
        java.awt.Component south = content != null && content.getLayout() instanceof java.awt.BorderLayout border
                ? border.getLayoutComponent(java.awt.BorderLayout.SOUTH) : null;
        return south == null ? 32 : south.getHeight();
    }

    @Override
    public void showNotice(List<NoticeLine> lines) {
        notice.show(lines);
        place();
    }

    @Override
    public void hideNotice() {
        notice.setVisible(false);
    }

    @Override
    public void requestAttention(String title, String text) {
        try {
            if (window != null && Taskbar.isTaskbarSupported()) {
                Taskbar taskbar = Taskbar.getTaskbar();
                if (taskbar.isSupported(Taskbar.Feature.USER_ATTENTION_WINDOW)) {
                    taskbar.requestWindowUserAttention(window);
                } else if (taskbar.isSupported(Taskbar.Feature.USER_ATTENTION)) {
                    taskbar.requestUserAttention(true, false);
                }
            }
            if (SystemTray.isSupported()) {
                tray().displayMessage(title, text, TrayIcon.MessageType.INFO);
            }
        } catch (UnsupportedOperationException | SecurityException | AWTException e) {
            LOG.info("Desktop notification not available: {}", e.toString());
        }
    }

    private TrayIcon tray() throws AWTException {
        if (trayIcon == null) {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            Color colour = UIManager.getColor("Dialdesk.urgency.soon.foreground");
            g.setColor(colour != null ? colour : Color.ORANGE);
            g.fillOval(1, 1, 14, 14);
            g.dispose();
            trayIcon = new TrayIcon(image, "Dialdesk");
            trayIcon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(trayIcon);
        }
        return trayIcon;
    }

    @Override
    public void showNext(String text, Urgency urgency) {
        nextLabel.setText(text);
        Color colour = urgency == null ? null : UIManager.getColor(urgency.themeKey() + ".foreground");
        nextLabel.setForeground(colour != null ? colour : UIManager.getColor("Label.foreground"));
    }

    @Override
    public void showCount(int openToday, String title) {
        navigationTitle = title;
        countListeners.forEach(listener -> listener.accept(openToday));
    }
}

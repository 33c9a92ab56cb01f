package dev.dialdesk.ui;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.BaseAction;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import javax.swing.border.EmptyBorder;
import net.miginfocom.swing.MigLayout;

/**
 * The main window: a menu bar, the screen in the centre and a status bar. It knows no feature; the
 * composition root hands it the screen and the menus' actions.
 */
public final class MainFrame extends JFrame {

    private final JPanel statusBar = new JPanel(new MigLayout("insets 2 8 2 8, fillx, hidemode 3", "[grow,fill][]"));
    private final JLabel statusText = new JLabel(" ");

    public MainFrame(Messages messages, JComponent screen, List<MenuSpec> menus) {
        super(messages.get("app.title"));
        setName("mainFrame");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        JMenuBar menuBar = new JMenuBar();
        for (MenuSpec spec : menus) {
            JMenu menu = new JMenu(messages.get(spec.titleKey()));
            menu.setName("menu." + spec.titleKey());
            for (Action action : spec.actions()) {
                if (action == null) {
                    menu.addSeparator();
                } else {
                    menu.add(action).setName(action instanceof BaseAction base ? "menuItem." + base.id() : null);
                }
            }
            menuBar.add(menu);
        }
        setJMenuBar(menuBar);
        statusText.setName("statusText");
        statusBar.add(statusText, "growx");
        statusBar.setBorder(new EmptyBorder(0, 0, 0, 0));
        getContentPane().setLayout(new BorderLayout());
        getContentPane().add(screen, BorderLayout.CENTER);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        setMinimumSize(new Dimension(900, 560));
    }

    /** Adds a component to the right of the status bar (e.g. the next callback, the shift counts). */
    public void addStatusComponent(JComponent component) {
        statusBar.add(new javax.swing.JSeparator(javax.swing.SwingConstants.VERTICAL), "growy, gapleft 12, gapright 12");
        statusBar.add(component);
        statusBar.revalidate();
    }

    public void setStatus(String text) {
        statusText.setText(text == null || text.isEmpty() ? " " : text);
    }

    /**
     * Restores the window's size and position from the last run, kept on a screen that exists now
     * (a laptop undocked from its second monitor); the first time, 1600×960 or the screen if smaller.
     */
    public void restoreBounds(Preferences prefs) {
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int width = Math.min(prefs.getInt("window.width", 1600), screen.width);
        int height = Math.min(prefs.getInt("window.height", 960), screen.height);
        int x = prefs.getInt("window.x", Integer.MIN_VALUE);
        int y = prefs.getInt("window.y", Integer.MIN_VALUE);
        setSize(width, height);
        boolean onScreen = x != Integer.MIN_VALUE && y != Integer.MIN_VALUE
                && screen.contains(x + 40, y + 20) && screen.contains(x + width - 40, y + 20);
        if (onScreen) {
            setLocation(x, y);
        } else {
            setLocation(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2);
        }
        if (prefs.getBoolean("window.maximized", false)) {
            setExtendedState(getExtendedState() | MAXIMIZED_BOTH);
        }
    }

    public void saveBounds(Preferences prefs) {
        boolean maximized = (getExtendedState() & MAXIMIZED_BOTH) != 0;
        prefs.putBoolean("window.maximized", maximized);
        if (!maximized) {
            prefs.putInt("window.width", getWidth());
            prefs.putInt("window.height", getHeight());
            prefs.putInt("window.x", getX());
            prefs.putInt("window.y", getY());
        }
    }

    /** A menu: its title key and its actions in order ({@code null} for a separator). */
    public record MenuSpec(String titleKey, List<Action> actions) {
    }
}

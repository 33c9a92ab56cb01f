package dev.dialdesk.ui;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyBindings;
import dev.dialdesk.ui.action.KeyTable;
import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;

/**
 * The main window's screens (leads, and later callbacks, contracts, stats), beside the call panel.
 * One screen is shown alone; from two on they become tabs. Each screen may have a key in the
 * {@link KeyTable} under {@code app.screen.<id>} (Ctrl+1 …) that brings it to the front. A screen may
 * be {@link Screen#lazy lazy}: its component is built when its tab is first selected, so that start-up
 * builds only the screen in view.
 */
public final class ScreenHost extends JPanel {

    /**
     * A screen: its id (for the key {@code app.screen.<id>}), its tab title and its component, or
     * (with {@link #lazy}) what builds the component when the screen is first shown.
     */
    public record Screen(String id, String title, JComponent component, Supplier<JComponent> builder) {

        public Screen(String id, String title, JComponent component) {
            this(id, title, component, null);
        }

        /** A screen whose component is built on the event thread when it is first brought to the front. */
        public static Screen lazy(String id, String title, Supplier<JComponent> builder) {
            return new Screen(id, title, null, builder);
        }

        boolean built() {
            return component != null;
        }
    }

    private final Messages messages;
    private final List<Screen> screens = new ArrayList<>();
    private final JTabbedPane tabs = new JTabbedPane();

    public ScreenHost(Messages messages) {
        super(new BorderLayout());
        this.messages = messages;
        setName("screens");
        tabs.setName("screens.tabs");
        tabs.addChangeListener(e -> buildSelected());
    }

    /** Adds a screen after the others; binds its key when the key table has one. */
    public void add(Screen screen) {
        screens.add(screen);
        if (KeyTable.keyFor("app.screen." + screen.id()).isPresent()) {
            KeyBindings.bind(this, WHEN_IN_FOCUSED_WINDOW,
                    BaseAction.of("app.screen." + screen.id(), messages, () -> show(screen.id())));
        }
        rebuild();
    }

    /** Brings the screen {@code id} to the front. */
    public void show(String id) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).id().equals(id) && screens.size() > 1) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    /** Changes a screen's tab title (e.g. "예약 콜 3" as callbacks fall due). */
    public void retitle(String id, String title) {
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            if (screen.id().equals(id)) {
                screens.set(i, new Screen(id, title, screen.component(), screen.builder()));
                if (screens.size() > 1 && i < tabs.getTabCount()) {
                    tabs.setTitleAt(i, title);
                }
            }
        }
    }

    public List<Screen> screens() {
        return List.copyOf(screens);
    }

    /** The component of the screen {@code id}, building it if it is lazy and not yet built. */
    public JComponent component(String id) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).id().equals(id)) {
                return build(i);
            }
        }
        throw new IllegalArgumentException("No screen " + id);
    }

    private void buildSelected() {
        int index = tabs.getSelectedIndex();
        if (index >= 0 && index < screens.size() && !screens.get(index).built()) {
            build(index);
        }
    }

    /** Builds a lazy screen's component once and puts it in place of its empty tab. */
    private JComponent build(int index) {
        Screen screen = screens.get(index);
        if (!screen.built()) {
            screen = new Screen(screen.id(), screen.title(), screen.builder().get(), null);
            screens.set(index, screen);
            if (screens.size() > 1 && index < tabs.getTabCount()) {
                tabs.setComponentAt(index, screen.component());
            }
        }
        return screen.component();
    }

    private void rebuild() {
        removeAll();
        tabs.removeAll();
        if (screens.size() == 1) {
            add(build(0), BorderLayout.CENTER);
        } else {
            for (Screen screen : screens) {
                tabs.addTab(screen.title(), screen.built() ? screen.component() : new JPanel());
            }
            add(tabs, BorderLayout.CENTER);
        }
        revalidate();
        repaint();
    }
}

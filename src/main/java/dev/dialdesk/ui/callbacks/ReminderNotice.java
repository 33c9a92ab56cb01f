package dev.dialdesk.ui.callbacks;

import dev.dialdesk.domain.i18n.Messages;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The in-app reminder: a small panel in the window's layered pane (bottom left, above the status bar,
 * clear of the call panel and the QA deadlines). Nothing in it can take the keyboard focus, so it
 * never interrupts a field being typed in; its buttons are for the mouse (the keyboard has the
 * agenda's snooze key).
 */
final class ReminderNotice extends JPanel {

    private final Messages messages;
    private final Consumer<List<Long>> snooze;
    private final Runnable openAgenda;
    private final List<Long> shown = new ArrayList<>();

    ReminderNotice(Messages messages, Consumer<List<Long>> snooze, Runnable openAgenda) {
        super(new MigLayout("insets 8 10 8 10, wrap 1, gap 2", "[grow, fill]"));
        this.messages = messages;
        this.snooze = snooze;
        this.openAgenda = openAgenda;
        setName("callbackReminder");
        setFocusable(false);
        setVisible(false);
        Color accent = UIManager.getColor("Dialdesk.urgency.soon.foreground");
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(accent, 2),
                BorderFactory.createEmptyBorder(0, 0, 0, 0)));
        setBackground(UIManager.getColor("Panel.background"));
    }

    void show(List<ReminderView.NoticeLine> lines) {
        removeAll();
        shown.clear();
        JLabel title = new JLabel(messages.get("callbacks.reminder.title"));
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        add(title);
        for (ReminderView.NoticeLine line : lines.subList(0, Math.min(5, lines.size()))) {
            JLabel label = new JLabel(line.text());
            label.setName("callbackReminderLine");
            Color colour = line.urgency() == null ? null : UIManager.getColor(line.urgency().themeKey() + ".foreground");
            if (colour != null) {
                label.setForeground(colour);
            }
            add(label);
        }
        lines.forEach(line -> shown.add(line.callbackId()));
        JPanel buttons = new JPanel(new MigLayout("insets 4 0 0 0, gap 6", "[][]push[]"));
        buttons.setOpaque(false);
        buttons.add(button("callbacks.reminder.snooze", () -> snooze.accept(List.copyOf(shown))));
        buttons.add(button("callbacks.reminder.agenda", openAgenda));
        buttons.add(button("callbacks.reminder.hide", () -> setVisible(false)));
        add(buttons);
        setVisible(true);
        setSize(getPreferredSize());
        revalidate();
        repaint();
    }

    private JButton button(String key, Runnable command) {
        JButton button = new JButton(messages.get(key));
        button.setName(key);
        button.setFocusable(false);
        button.setRequestFocusEnabled(false);
        button.addActionListener(e -> command.run());
        return button;
    }
}

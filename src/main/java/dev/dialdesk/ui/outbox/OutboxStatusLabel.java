package dev.dialdesk.ui.outbox;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.outbox.Outbox;
import dev.dialdesk.ui.common.TaskRunner;
import java.awt.Cursor;
import java.awt.EventQueue;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * The status bar's outbox count on the team server: "3 waiting to be sent", and "1 not sent" once the
 * server refused something; hidden while nothing waits or was refused. A click lists what was not
 * sent and why. The counts are read off the event thread (the outbox is a file).
 */
public final class OutboxStatusLabel extends JLabel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Messages messages;
    private final TaskRunner tasks;
    private final ZoneId zone;
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private Outbox outbox;

    /** What the label shows, read off the event thread. */
    record Counts(int waiting, List<Outbox.Refused> refused) {
    }

    public OutboxStatusLabel(Messages messages, TaskRunner tasks, ZoneId zone) {
        this.messages = messages;
        this.tasks = tasks;
        this.zone = zone;
        setName("outboxStatus");
        setVisible(false);
        setToolTipText(messages.get("outbox.status.tooltip"));
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                showNotSent();
            }
        });
    }

    /** Follows {@code source}'s outbox (opened off the event thread); nothing on a desk's own file. */
    public void follow(Supplier<Outbox> source) {
        tasks.run("Opening the outbox", source::get, opened -> {
            if (opened.active()) {
                outbox = opened;
                opened.addListener(this::refresh);
                refresh();
            }
        });
    }

    /** Reads the counts again (from any thread); one read at a time, another after it if asked meanwhile. */
    void refresh() {
        if (outbox == null) {
            return;
        }
        if (!reading.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        Outbox source = outbox;
        tasks.run("Reading the outbox", () -> new Counts(source.waiting(), source.refused()), counts -> {
            show(counts);
            readAgainIfAsked();
        }, failure -> readAgainIfAsked());
    }

    private void readAgainIfAsked() {
        reading.set(false);
        if (again.getAndSet(false)) {
            refresh();
        }
    }

    void show(Counts counts) {
        StringBuilder text = new StringBuilder();
        if (counts.waiting() > 0) {
            text.append(messages.get("outbox.status.waiting", counts.waiting()));
        }
        if (!counts.refused().isEmpty()) {
            text.append(text.length() > 0 ? " · " : "").append(messages.get("outbox.status.refused", counts.refused().size()));
        }
        setText(text.toString());
        setForeground(UIManager.getColor(counts.refused().isEmpty() ? "Dialdesk.muted.foreground"
                : "Dialdesk.error.foreground"));
        setVisible(text.length() > 0);
    }

    /** The list of what waits and what the server refused, with the reasons (a click on the label, or Tools). */
    public void showNotSent() {
        Outbox source = outbox;
        if (source == null) {
            return;
        }
        tasks.run("Reading the outbox", () -> new Counts(source.waiting(), source.refused()), counts -> {
            show(counts);
            JTextArea list = new JTextArea(notSentText(counts), 12, 60);
            list.setName("outboxNotSent");
            list.setEditable(false);
            list.setLineWrap(true);
            list.setWrapStyleWord(true);
            JOptionPane.showMessageDialog(EventQueue.isDispatchThread() ? getTopLevelAncestor() : null,
                    new JScrollPane(list), messages.get("outbox.dialog.title"), JOptionPane.INFORMATION_MESSAGE);
        });
    }

    String notSentText(Counts counts) {
        if (counts.refused().isEmpty()) {
            return messages.get("outbox.dialog.none", counts.waiting());
        }
        StringBuilder text = new StringBuilder(messages.get("outbox.dialog.intro")).append("\n\n");
        for (Outbox.Refused r : counts.refused()) {
            text.append("• ").append(messages.get("outbox.dialog.row", messages.get("outbox.kind." + r.kind().name()),
                    r.customer(), r.detail(), TIME.format(r.savedAt().atZone(zone)), r.reason())).append('\n');
        }
        return text.toString();
    }
}

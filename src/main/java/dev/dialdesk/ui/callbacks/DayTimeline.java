package dev.dialdesk.ui.callbacks;

import dev.dialdesk.domain.Urgency;
import dev.dialdesk.domain.callbacks.Agenda;
import dev.dialdesk.domain.callbacks.AgendaSection;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Today's callbacks on one line from 08:00 to 22:00 (widened to fit any outside it): a tick per
 * hour, a dot per callback in its section's colour, and a line at now.
 */
final class DayTimeline extends JComponent {

    private static final int PAD = 12;
    private List<CallbackEntry> today = List.of();
    private Agenda agenda;

    DayTimeline() {
        setName("callbackTimeline");
        setPreferredSize(new Dimension(480, 46));
    }

    void show(Agenda shown) {
        this.agenda = shown;
        this.today = shown.today();
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        if (agenda == null) {
            return;
        }
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        ZoneId zone = agenda.zone();
        int first = 8;
        int last = 22;
        for (CallbackEntry e : today) {
            int hour = e.callback().dueAt().atZone(zone).getHour();
            first = Math.min(first, hour);
            last = Math.max(last, hour + 1);
        }
        int axis = getHeight() - 16;
        int width = getWidth() - 2 * PAD;
        Color muted = UIManager.getColor("Dialdesk.muted.foreground");
        g.setColor(muted);
        g.drawLine(PAD, axis, PAD + width, axis);
        FontMetrics metrics = g.getFontMetrics();
        for (int hour = first; hour <= last; hour++) {
            int x = PAD + width * (hour - first) / (last - first);
            g.drawLine(x, axis - 3, x, axis + 3);
            if ((hour - first) % 2 == 0) {
                String label = String.format("%02d", hour);
                g.drawString(label, x - metrics.stringWidth(label) / 2, axis + 3 + metrics.getAscent());
            }
        }
        for (CallbackEntry entry : today) {
            LocalTime time = entry.callback().dueAt().atZone(zone).toLocalTime();
            int x = x(time, first, last, width);
            g.setColor(colour(AgendaSection.of(entry.callback(), agenda.now(), zone)));
            g.fillOval(x - 5, axis - 14, 10, 10);
        }
        int now = x(agenda.now().atZone(zone).toLocalTime(), first, last, width);
        g.setColor(UIManager.getColor("Dialdesk.urgency.due.foreground"));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(now, axis - 22, now, axis + 2);
        g.dispose();
    }

    private static int x(LocalTime time, int first, int last, int width) {
        double hours = time.toSecondOfDay() / 3600.0 - first;
        return PAD + (int) Math.round(width * Math.max(0, Math.min(hours, last - first)) / (last - first));
    }

    static Color colour(AgendaSection section) {
        Urgency urgency = section.urgency();
        Color colour = urgency == null ? null : UIManager.getColor(urgency.themeKey() + ".foreground");
        return colour != null ? colour : UIManager.getColor("Label.foreground");
    }
}

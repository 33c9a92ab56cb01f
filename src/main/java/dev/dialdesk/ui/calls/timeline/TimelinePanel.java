package dev.dialdesk.ui.calls.timeline;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.calls.Banner;
import dev.dialdesk.ui.calls.CallModels;
import dev.dialdesk.ui.common.TableFit;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * The customer's timeline in the call panel: one read-only list, newest first, of the customer's
 * calls, callbacks, contracts and QA events, case steps and notes changes. Never focused, so that the
 * loop's keys keep working. The QA re-recording card ({@link ReRecordingCard}) sits on top of it, so
 * that at 768 pixels high the list gives up its rows before anything else is pushed out of the window.
 */
public final class TimelinePanel extends JPanel implements TimelineView {

    private static final int CELL_PADDING = 6;
    private final Banner message = new Banner("calls.timeline.message");
    private final Model model;
    private final JTable table;
    private final ReRecordingCard card;

    public TimelinePanel(Messages messages, ReRecordingCard card) {
        super(new MigLayout("insets 0, gap 0 4, wrap 1, fill, hidemode 3", "[grow,fill]", "[][][grow,fill]"));
        this.card = card;
        setName("calls.timeline");
        model = new Model(new String[] {messages.get("timeline.column.when"), messages.get("timeline.title"),
            messages.get("timeline.column.detail")});
        table = new JTable(model);
        table.setName("calls.timeline.table");
        table.setFocusable(false);
        table.setRowSelectionAllowed(false);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(Object.class, new LoudRenderer());
        // the time column fits a whole date with its weekday in this language
        int when = dev.dialdesk.ui.common.DayTime.columnWidth(table.getFontMetrics(table.getFont()), messages);
        int[] widths = {when, 200, 150};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getColumnModel().getColumn(0).setMinWidth(when);
        TableFit.headersWhole(table);
        add(card, "wmin 0");
        add(message, "wmin 0");
        JScrollPane scroll = new JScrollPane(table);
        scroll.setFocusable(false);
        add(scroll, "hmin 0");
    }

    @Override
    public void showTimeline(String text, List<TimelineModels.Row> rows) {
        javax.swing.table.TableColumn what = table.getColumnModel().getColumn(1);
        if (!text.equals(what.getHeaderValue())) {
            what.setHeaderValue(text);
            TableFit.headersWhole(table);
            table.getTableHeader().repaint();
        }
        model.show(rows);
        shareByNeed();
    }

    /**
     * The event and detail columns share the width by what their rows need: both whole when they fit
     * ("Call: Callback, talk 1:23" beside "2025-03-10 신규 DB"), else both cut alike (each cell's tooltip
     * has it all), never one of them cut to leave the other room it does not use.
     */
    private void shareByNeed() {
        for (int c = 1; c < table.getColumnCount(); c++) {
            javax.swing.table.TableColumn column = table.getColumnModel().getColumn(c);
            int widest = column.getMinWidth();
            for (int row = 0; row < table.getRowCount(); row++) {
                widest = Math.max(widest, table.prepareRenderer(table.getCellRenderer(row, c), row, c).getPreferredSize().width
                        + table.getIntercellSpacing().width + CELL_PADDING);
            }
            column.setPreferredWidth(widest);
        }
    }

    @Override
    public void showMessage(String text, boolean problem) {
        message.show(text, problem ? CallModels.Tone.WARNING : CallModels.Tone.OK);
        revalidate();
    }

    @Override
    public void showReRecording(TimelineModels.ReRecording reRecording) {
        card.show(reRecording);
    }

    /** The rows shown (for tests and the clipping check). */
    List<TimelineModels.Row> rows() {
        return List.copyOf(model.rows);
    }

    private static final class Model extends AbstractTableModel {
        private final String[] columns;
        private final List<TimelineModels.Row> rows = new ArrayList<>();

        Model(String[] columns) {
            this.columns = columns;
        }

        void show(List<TimelineModels.Row> shown) {
            rows.clear();
            rows.addAll(shown);
            fireTableDataChanged();
        }

        TimelineModels.Row row(int index) {
            return rows.get(index);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int column) {
            return columns[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            TimelineModels.Row r = rows.get(row);
            return switch (column) {
                case 0 -> r.when();
                case 1 -> r.what();
                default -> r.detail();
            };
        }
    }

    /** A missed callback, a QA request or a lost contract in the theme's warning colour. */
    private final class LoudRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            boolean loud = model.row(t.convertRowIndexToModel(row)).loud();
            c.setForeground(UIManager.getColor(loud ? "Dialdesk.call.warning.foreground" : "Table.foreground"));
            setToolTipText(value == null || value.toString().isEmpty() ? null : value.toString());
            return c;
        }
    }
}

package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.i18n.Messages;
import java.util.List;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;

/** The lead's earlier calls, newest first. Read-only and never focused. */
final class HistoryTable extends JTable {

    private final DefaultTableModel model;

    HistoryTable(Messages messages) {
        model = new DefaultTableModel(new Object[] {messages.get("callscreen.history.when"),
            messages.get("callscreen.history.outcome"), messages.get("callscreen.history.duration"),
            messages.get("callscreen.history.note")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        setModel(model);
        setName("calls.history");
        setFocusable(false);
        setRowSelectionAllowed(false);
        setFillsViewportHeight(true);
        // the time column fits a whole date with its weekday ("12-31 (Wed) 23:59") in this language
        int when = dev.dialdesk.ui.common.DayTime.columnWidth(getFontMetrics(getFont()), messages);
        int[] widths = {when, 70, 50, 150};
        for (int i = 0; i < widths.length; i++) {
            getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        getColumnModel().getColumn(0).setMinWidth(when);
    }

    void show(List<CallModels.HistoryRow> rows) {
        model.setRowCount(0);
        for (CallModels.HistoryRow row : rows) {
            model.addRow(new Object[] {row.when(), row.outcome(), row.duration(), row.note()});
        }
    }
}

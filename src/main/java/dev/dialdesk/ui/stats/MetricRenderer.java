package dev.dialdesk.ui.stats;

import dev.dialdesk.service.stats.MetricFormat;
import dev.dialdesk.service.stats.StatsColumn;
import java.awt.Component;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

/** Shows a raw metric as the column's kind says (counts, percentages, h:mm:ss, won), numbers right. */
final class MetricRenderer extends DefaultTableCellRenderer {

    private final MetricFormat format;
    private final StatsColumn column;

    MetricRenderer(MetricFormat format, StatsColumn column) {
        this.format = format;
        this.column = column;
        setHorizontalAlignment(column.kind() == StatsColumn.Kind.TEXT ? SwingConstants.LEADING : SwingConstants.TRAILING);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int viewColumn) {
        super.getTableCellRendererComponent(table, format.format(column.kind(), value), selected, focused, row, viewColumn);
        return this;
    }
}

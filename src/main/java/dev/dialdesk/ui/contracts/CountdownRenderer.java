package dev.dialdesk.ui.contracts;

import dev.dialdesk.domain.Urgency;
import java.awt.Component;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

/** Paints a {@link CountdownCell}: the text comes from {@link CountdownText}, the colours from the theme. */
final class CountdownRenderer extends DefaultTableCellRenderer {

    private final CountdownText text;

    CountdownRenderer(CountdownText text) {
        this.text = text;
        setHorizontalAlignment(SwingConstants.CENTER);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
                                                   int row, int column) {
        JLabel label = (JLabel) super.getTableCellRendererComponent(table, "", isSelected, hasFocus, row, column);
        if (!(value instanceof CountdownCell cell)) {
            return label;
        }
        label.setText(text.of(cell));
        Urgency urgency = cell.kind() == CountdownCell.Kind.NONE ? Urgency.DONE : cell.urgency();
        boolean painted = UrgencyStyle.apply(label, urgency, table.getFont(), table.getForeground(),
                cell.kind() == CountdownCell.Kind.RETURNED);
        if (!painted) {
            label.setBackground(isSelected ? table.getSelectionBackground() : table.getBackground());
            if (isSelected) {
                label.setForeground(table.getSelectionForeground());
            }
        }
        if (cell.kind() == CountdownCell.Kind.RETURNED && !isSelected) {
            label.setForeground(javax.swing.UIManager.getColor(Urgency.DONE.themeKey() + ".foreground"));
        }
        return label;
    }
}

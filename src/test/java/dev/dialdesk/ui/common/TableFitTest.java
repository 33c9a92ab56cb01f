package dev.dialdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import org.junit.jupiter.api.Test;

/** Fitting a long table's columns to its texts: every text whole, and no cell rendered to find them. */
class TableFitTest {

    @Test
    void anAgendaOfFifteenHundredCallbacksIsFittedWithoutRenderingEachCellAndEveryTextReadsWhole() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            DefaultTableModel model = new DefaultTableModel(new Object[] {"Time", "Customer", "Status", "What"}, 0);
            for (int i = 0; i < 1_500; i++) {
                model.addRow(new Object[] {"10:" + (i % 60), "고객" + i, i == 700 ? "Cancelled" : "Pending",
                    i == 1_234 ? "Asked to be called back on 03-11 (Tue) 09:00; no time booked" : "note " + i});
            }
            JTable table = new JTable(model);
            AtomicInteger rendered = new AtomicInteger();
            table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
                @Override
                public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                               int row, int column) {
                    rendered.incrementAndGet();
                    return super.getTableCellRendererComponent(t, value, selected, focused, row, column);
                }
            });

            TableFit.modelTextsWhole(table, table.getFontMetrics(table.getFont()));

            assertThat(rendered.get()).as("cells rendered to fit 4 columns of 1,500 rows").isLessThanOrEqualTo(4);
            assertThat(table.getClientProperty(TableFit.CELLS_WHOLE)).as("GUI tests check its cells").isEqualTo(true);
            for (int row : new int[] {0, 700, 1_234, 1_499}) {
                for (int column = 0; column < 4; column++) {
                    int wanted = table.prepareRenderer(table.getCellRenderer(row, column), row, column).getPreferredSize().width;
                    assertThat(table.getColumnModel().getColumn(column).getMinWidth())
                            .as("column %d at row %d", column, row).isGreaterThanOrEqualTo(wanted);
                }
            }
        });
    }

    @Test
    void aColumnNarrowsAgainWhenItsLongestTextIsGone() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            DefaultTableModel model = new DefaultTableModel(new Object[][] {{"09:00", "Pending"},
                {"09:30", "Cancelled: the customer signed with another company last week"}}, new Object[] {"Time", "Status"});
            JTable table = new JTable(model);
            TableFit.modelTextsWhole(table, table.getFontMetrics(table.getFont()));
            int withTheReason = table.getColumnModel().getColumn(1).getMinWidth();

            model.removeRow(1);
            TableFit.modelTextsWhole(table, table.getFontMetrics(table.getFont()));

            assertThat(table.getColumnModel().getColumn(1).getMinWidth()).isLessThan(withTheReason);
            assertThat(table.getColumnModel().getColumn(1).getPreferredWidth()).isLessThan(withTheReason);
        });
    }
}

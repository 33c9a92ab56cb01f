package dev.dialdesk.testing;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * Finds what a person cannot read whole in a window: a visible label or button narrower (or lower) than
 * its text needs, one that lies partly outside the window or its parent, a table column whose header is
 * cut off ("Monthly pr…"), a cell narrower than its text ("충남 천…": of a table kept whole by
 * {@code TableFit.cellsWhole}, or in view in a table named to the check), and a window larger than the
 * screen it is meant for. Call on the event thread
 * ({@code GuiActionRunner.execute}). Content inside a scroll pane may scroll out of view and is measured
 * for size only; tables' headers are measured column by column.
 */
public final class ClippingChecker {

    /** Pixels of slack: rounding of fractional font metrics. */
    private static final int SLACK = 1;

    private final List<String> problems = new ArrayList<>();
    private final String where;
    private final java.util.Set<String> cellsInView;

    private ClippingChecker(String where, java.util.Set<String> cellsInView) {
        this.where = where;
        this.cellsInView = cellsInView;
    }

    /** Every problem of {@code window} (and the windows it owns that are showing), each in words. */
    public static List<String> check(Window window, String where, int screenWidth, int screenHeight) {
        return check(window, where, screenWidth, screenHeight, java.util.Set.of());
    }

    /** As {@link #check(Window, String, int, int)}, and the cells of the rows in view of the tables named {@code cellsInView}. */
    public static List<String> check(Window window, String where, int screenWidth, int screenHeight,
                                     java.util.Set<String> cellsInView) {
        ClippingChecker checker = new ClippingChecker(where, cellsInView);
        checker.window(window, screenWidth, screenHeight);
        return checker.problems;
    }

    private void window(Window window, int screenWidth, int screenHeight) {
        if (!window.isShowing()) {
            return;
        }
        if (window.getWidth() > screenWidth || window.getHeight() > screenHeight) {
            problems.add(where + ": window " + name(window) + " is " + window.getWidth() + "x" + window.getHeight()
                    + ", larger than " + screenWidth + "x" + screenHeight);
        }
        walk(window);
        for (Window owned : window.getOwnedWindows()) {
            window(owned, screenWidth, screenHeight);
        }
    }

    private void walk(Container container) {
        for (Component child : container.getComponents()) {
            if (!child.isShowing() || child.getWidth() <= 0 && child.getHeight() <= 0 && !hasText(child)) {
                continue;
            }
            if (child instanceof JTableHeader header) {
                headers(header);
            } else if (child instanceof JTable table
                    && Boolean.TRUE.equals(table.getClientProperty(dev.dialdesk.ui.common.TableFit.CELLS_WHOLE))) {
                cells(table, 0, table.getRowCount() - 1);
            } else if (child instanceof JTable table && cellsInView.contains(table.getName())) {
                cells(table, firstRowInView(table), lastRowInView(table));
            } else if (hasText(child)) {
                text((JComponent) child);
            }
            if (child instanceof Container inner && !(child instanceof JTable)) {
                walk(inner);
            }
        }
    }

    private static boolean hasText(Component c) {
        String text = c instanceof JLabel label ? label.getText()
                : c instanceof AbstractButton button ? button.getText() : null;
        return text != null && !text.isBlank();
    }

    private static String textOf(JComponent c) {
        return c instanceof JLabel label ? label.getText() : ((AbstractButton) c).getText();
    }

    private void text(JComponent c) {
        java.awt.Dimension wanted = c.getPreferredSize();
        if (c.getWidth() + SLACK < wanted.width || c.getHeight() + SLACK < wanted.height) {
            problems.add(where + ": " + kind(c) + " '" + textOf(c) + "' " + name(c) + " is cut off: "
                    + c.getWidth() + "x" + c.getHeight() + " of " + wanted.width + "x" + wanted.height);
            return;
        }
        if (SwingUtilities.getAncestorOfClass(JViewport.class, c) != null) {
            return; // scrolled out of view is fine: the scroll bar reaches it
        }
        Rectangle visible = c.getVisibleRect();
        if (visible.width + SLACK < c.getWidth() || visible.height + SLACK < c.getHeight()) {
            problems.add(where + ": " + kind(c) + " '" + textOf(c) + "' " + name(c) + " lies outside the window: "
                    + visible.width + "x" + visible.height + " of " + c.getWidth() + "x" + c.getHeight() + " in view");
        }
    }

    private void headers(JTableHeader header) {
        JTable table = header.getTable();
        if (table == null) {
            return;
        }
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            TableCellRenderer renderer = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                    : header.getDefaultRenderer();
            Component cell = renderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, i);
            int wanted = cell.getPreferredSize().width;
            if (column.getWidth() + SLACK < wanted) {
                problems.add(where + ": column header '" + column.getHeaderValue() + "' of " + name(table)
                        + " is cut off: " + column.getWidth() + " of " + wanted + " px");
            }
        }
    }

    /**
     * No cell of rows {@code first} to {@code last} narrower than its text ("충남 천…"): every row of a table
     * whose texts must read whole ({@code TableFit.cellsWhole}), the rows in view of a table named to the check.
     */
    private void cells(JTable table, int first, int last) {
        for (int row = Math.max(0, first); row <= last && row < table.getRowCount(); row++) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, i), row, i);
                int wanted = cell.getPreferredSize().width;
                int width = table.getColumnModel().getColumn(i).getWidth();
                if (width + SLACK < wanted) {
                    problems.add(where + ": cell '" + table.getValueAt(row, i) + "' of " + name(table)
                            + " is cut off: " + width + " of " + wanted + " px");
                }
            }
        }
    }

    private static int firstRowInView(JTable table) {
        Rectangle seen = table.getVisibleRect();
        return seen.isEmpty() ? -1 : Math.max(0, table.rowAtPoint(seen.getLocation()));
    }

    private static int lastRowInView(JTable table) {
        Rectangle seen = table.getVisibleRect();
        if (seen.isEmpty()) {
            return -1;
        }
        int last = table.rowAtPoint(new java.awt.Point(seen.x, seen.y + seen.height - 1));
        return last < 0 ? table.getRowCount() - 1 : last;
    }

    private static String kind(Component c) {
        return c instanceof JLabel ? "label" : "button";
    }

    private static String name(Component c) {
        if (c.getName() != null) {
            return "[" + c.getName() + "]";
        }
        Component named = c.getParent();
        while (named != null && named.getName() == null) {
            named = named.getParent();
        }
        return "[" + c.getClass().getSimpleName() + (named == null ? "" : " in " + named.getName()) + "]";
    }
}

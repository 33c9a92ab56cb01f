package dev.dialdesk.ui.common;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.HierarchyEvent;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import javax.swing.table.TableColumnModel;

/**
 * Keeps every column header of a table readable ("Monthly premium", never "Monthly pr…"): no column
 * narrower than its header, and where the columns do not fit the window, the table scrolls sideways
 * instead of squeezing them (it fills the width again when there is room).
 */
public final class TableFit {

    private static final int PADDING = 4;
    /** The client property of a table kept by {@link #cellsWhole} or {@link #modelTextsWhole} (GUI tests check its cells). */
    public static final String CELLS_WHOLE = "TableFit.cellsWhole";

    private TableFit() {
    }

    /** Call once the table's columns exist (and again after they are re-created). */
    public static void headersWhole(JTable table) {
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < columns.getColumnCount(); i++) {
            TableColumn column = columns.getColumn(i);
            int wanted = headerWidth(table, column, i);
            column.setMinWidth(Math.max(column.getMinWidth(), wanted));
            column.setPreferredWidth(Math.max(column.getPreferredWidth(), column.getMinWidth()));
        }
        int fillMode = table.getAutoResizeMode();
        if (fillMode == JTable.AUTO_RESIZE_OFF || table.getClientProperty(TableFit.class) != null) {
            return;
        }
        table.putClientProperty(TableFit.class, fillMode);
        table.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.PARENT_CHANGED) != 0 && table.getParent() instanceof JViewport viewport) {
                watch(table, viewport, fillMode);
            }
        });
        if (table.getParent() instanceof JViewport viewport) {
            watch(table, viewport, fillMode);
        }
    }

    /**
     * For a short table whose texts must read whole ("1 → 7d 0 · 30d 0 · lost 1", never "… los…"): every
     * column as wide as its widest cell and its header, measured with the table's renderers and font;
     * where that is wider than the window the table scrolls sideways. Call after the rows change (on the
     * event thread; it reads every cell, so only for tables of a few dozen rows).
     */
    public static void cellsWhole(JTable table) {
        headersWhole(table);
        table.putClientProperty(CELLS_WHOLE, Boolean.TRUE);
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < columns.getColumnCount(); i++) {
            TableColumn column = columns.getColumn(i);
            int wanted = headerWidth(table, column, i);
            for (int row = 0; row < table.getRowCount(); row++) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, i), row, i);
                wanted = Math.max(wanted, cell.getPreferredSize().width + table.getIntercellSpacing().width + PADDING);
            }
            column.setMinWidth(wanted);
            column.setPreferredWidth(wanted);
        }
        refit(table);
    }

    /**
     * For a long table (thousands of rows) whose texts must read whole ("부산 해운대구", never "부산 해…"):
     * every column as wide as its header and the text {@code widest} gives for it (its widest, found by the
     * caller in its data without reading a cell; null: the header alone), as the column's renderer draws
     * it; where that is wider than the window the table scrolls sideways. Call (on the event thread) after
     * {@link #headersWhole} and again when the texts change.
     */
    public static void textsWhole(JTable table, java.util.function.Function<TableColumn, Object> widest) {
        fitTexts(table, widest, false);
    }

    /**
     * As {@link #cellsWhole} for a table of any length (the agenda's 1,500 rows): each column as wide as its
     * header and its widest text in the model as {@code metrics} measures it ({@link WidestText#ofColumn}),
     * that one text drawn by the column's renderer, no cell rendered; a column narrows again when its widest
     * text goes. Call after the rows change (on the event thread).
     */
    public static void modelTextsWhole(JTable table, java.awt.FontMetrics metrics) {
        headersWhole(table);
        table.putClientProperty(CELLS_WHOLE, Boolean.TRUE);
        fitTexts(table, column -> WidestText.ofColumn(table.getModel(), column.getModelIndex(), metrics::stringWidth), true);
    }

    private static void fitTexts(JTable table, java.util.function.Function<TableColumn, Object> widest, boolean narrow) {
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < columns.getColumnCount(); i++) {
            TableColumn column = columns.getColumn(i);
            int wanted = headerWidth(table, column, i);
            Object text = widest.apply(column);
            if (text != null) {
                TableCellRenderer renderer = column.getCellRenderer() != null ? column.getCellRenderer()
                        : table.getDefaultRenderer(table.getModel().getColumnClass(column.getModelIndex()));
                Component cell = renderer.getTableCellRendererComponent(table, text, false, false, 0, i);
                wanted = Math.max(wanted, cell.getPreferredSize().width + table.getIntercellSpacing().width + PADDING);
            }
            column.setMinWidth(wanted);
            column.setPreferredWidth(narrow ? wanted : Math.max(column.getPreferredWidth(), wanted));
        }
        refit(table);
    }

    private static void refit(JTable table) {
        if (table.getParent() instanceof JViewport viewport && table.getClientProperty(TableFit.class) instanceof Integer mode) {
            fit(table, viewport, mode);
        }
        table.revalidate();
    }

    private static void watch(JTable table, JViewport viewport, int fillMode) {
        viewport.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent resized) {
                fit(table, viewport, fillMode);
            }
        });
    }

    private static int headerWidth(JTable table, TableColumn column, int index) {
        if (table.getTableHeader() == null) {
            return 0;
        }
        TableCellRenderer renderer = column.getHeaderRenderer() != null ? column.getHeaderRenderer()
                : table.getTableHeader().getDefaultRenderer();
        Component cell = renderer.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, index);
        return cell.getPreferredSize().width + PADDING;
    }

    private static void fit(JTable table, Container viewport, int fillMode) {
        int needed = 0;
        TableColumnModel columns = table.getColumnModel();
        for (int i = 0; i < columns.getColumnCount(); i++) {
            needed += columns.getColumn(i).getMinWidth();
        }
        int mode = viewport.getWidth() >= needed ? fillMode : JTable.AUTO_RESIZE_OFF;
        if (table.getAutoResizeMode() != mode) {
            table.setAutoResizeMode(mode);
        }
    }
}

package dev.dialdesk.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/** A read-only table of rows of one type, each column a header and a function of the row. */
public final class ListTableModel<T> extends AbstractTableModel {

    /** One column: its header and its value. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    private final List<Column<T>> columns;
    private List<T> rows = new ArrayList<>();

    public ListTableModel(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    public void show(List<T> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    public T row(int index) {
        return rows.get(index);
    }

    public List<T> rows() {
        return rows;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).header();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row));
    }
}

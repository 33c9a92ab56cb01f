package dev.dialdesk.ui.leads;

import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.table.TableModel;

/**
 * A row sorter that sorts nothing: the presenter already hands the rows in order (sorting 100,000
 * rows with a comparator per keystroke would be far too slow). It exists so that header clicks reach
 * the presenter and the look and feel draws the sort arrow. View and model indexes are the same.
 */
final class HeaderSortBridge extends RowSorter<TableModel> {

    private final TableModel model;
    private final IntConsumer onHeaderClick;
    private List<SortKey> keys = List.of();

    HeaderSortBridge(TableModel model, IntConsumer onHeaderClick) {
        this.model = model;
        this.onHeaderClick = onHeaderClick;
    }

    /** Shows the presenter's order in the header; {@code column} -1 for none. */
    void showSort(int column, boolean ascending) {
        List<SortKey> newKeys = column < 0 ? List.of()
                : List.of(new SortKey(column, ascending ? SortOrder.ASCENDING : SortOrder.DESCENDING));
        if (!newKeys.equals(keys)) {
            keys = newKeys;
            fireSortOrderChanged();
        }
    }

    @Override
    public TableModel getModel() {
        return model;
    }

    @Override
    public void toggleSortOrder(int column) {
        onHeaderClick.accept(column);
    }

    @Override
    public int convertRowIndexToModel(int index) {
        return index;
    }

    @Override
    public int convertRowIndexToView(int index) {
        return index;
    }

    @Override
    public void setSortKeys(List<? extends SortKey> sortKeys) {
        keys = sortKeys == null ? List.of() : List.copyOf(sortKeys);
        fireSortOrderChanged();
    }

    @Override
    public List<? extends SortKey> getSortKeys() {
        return keys;
    }

    @Override
    public int getViewRowCount() {
        return model.getRowCount();
    }

    @Override
    public int getModelRowCount() {
        return model.getRowCount();
    }

    @Override
    public void modelStructureChanged() {
    }

    @Override
    public void allRowsChanged() {
    }

    @Override
    public void rowsInserted(int firstRow, int endRow) {
    }

    @Override
    public void rowsDeleted(int firstRow, int endRow) {
    }

    @Override
    public void rowsUpdated(int firstRow, int endRow) {
    }

    @Override
    public void rowsUpdated(int firstRow, int endRow, int column) {
    }
}

package dev.dialdesk.ui.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.table.TableColumn;
import javax.swing.table.TableColumnModel;

/**
 * Remembers the lead table's column order and widths in {@code java.util.prefs}, as one value
 * {@code NAME:110,PHONE:130,…}. The node is injected so that tests use a throwaway one.
 */
final class ColumnLayoutPrefs {

    static final String KEY = "leads.columns.v2"; // v2: new columns and narrower defaults

    private final Preferences prefs;

    ColumnLayoutPrefs(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Applies the remembered layout (unknown or missing columns keep their defaults), then tracks changes. */
    void restoreAndTrack(TableColumnModel columns) {
        restore(columns);
        columns.addColumnModelListener(new TableColumnModelListener() {
            @Override
            public void columnMoved(TableColumnModelEvent e) {
                if (e.getFromIndex() != e.getToIndex()) {
                    save(columns);
                }
            }

            @Override
            public void columnMarginChanged(ChangeEvent e) {
                save(columns);
            }

            @Override
            public void columnAdded(TableColumnModelEvent e) {
            }

            @Override
            public void columnRemoved(TableColumnModelEvent e) {
            }

            @Override
            public void columnSelectionChanged(ListSelectionEvent e) {
            }
        });
    }

    void restore(TableColumnModel columns) {
        String stored = prefs.get(KEY, "");
        int target = 0;
        for (String entry : stored.split(",")) {
            String[] parts = entry.split(":");
            int index = parts.length == 2 ? indexOf(columns, parts[0]) : -1;
            if (index < 0) {
                continue;
            }
            try {
                columns.getColumn(index).setPreferredWidth(Math.max(30, Integer.parseInt(parts[1])));
            } catch (NumberFormatException e) {
                continue; // a hand-edited or damaged value: this column keeps its default width
            }
            columns.moveColumn(index, target++);
        }
    }

    void save(TableColumnModel columns) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < columns.getColumnCount(); i++) {
            TableColumn column = columns.getColumn(i);
            entries.add(column.getIdentifier() + ":" + column.getWidth());
        }
        prefs.put(KEY, String.join(",", entries));
    }

    private static int indexOf(TableColumnModel columns, String identifier) {
        for (int i = 0; i < columns.getColumnCount(); i++) {
            if (String.valueOf(columns.getColumn(i).getIdentifier()).equals(identifier)) {
                return i;
            }
        }
        return -1;
    }
}

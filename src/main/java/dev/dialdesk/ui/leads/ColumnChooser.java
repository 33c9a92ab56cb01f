package dev.dialdesk.ui.leads;

import dev.dialdesk.domain.i18n.Messages;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTable;
import javax.swing.table.TableColumn;
import javax.swing.table.TableColumnModel;

/**
 * Which lead table columns show: the defaults of {@link LeadColumn}, changed with the header's context
 * menu and remembered in {@code java.util.prefs}. The agent column shows only when the list holds
 * more than one agent's leads. Event thread only.
 */
final class ColumnChooser {

    static final String KEY = "leads.visibleColumns";

    private final JTable table;
    private final Messages messages;
    private final Preferences prefs;
    private final Map<LeadColumn, TableColumn> columns = new EnumMap<>(LeadColumn.class);
    /** Runs after the shown columns changed. */
    private final Runnable changed;
    private boolean manyAgents;

    /** Takes the table's columns as they are (all of them, in model order). */
    ColumnChooser(JTable table, Messages messages, Preferences prefs, Runnable changed) {
        this.table = table;
        this.changed = changed;
        this.messages = messages;
        this.prefs = prefs;
        TableColumnModel model = table.getColumnModel();
        for (int i = 0; i < model.getColumnCount(); i++) {
            TableColumn column = model.getColumn(i);
            columns.put(LeadColumn.valueOf(String.valueOf(column.getIdentifier())), column);
        }
    }

    /** Hides what the agent (or the defaults) hid; adds the header's context menu. */
    void install() {
        apply();
        table.getTableHeader().addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                popup(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                popup(e);
            }

            private void popup(MouseEvent e) {
                if (e.isPopupTrigger()) {
                    menu().show(e.getComponent(), e.getX(), e.getY());
                }
            }
        });
    }

    /** The list now holds one agent's leads or several: the agent column follows. */
    void showAgents(boolean many) {
        if (many != manyAgents) {
            manyAgents = many;
            apply();
        }
    }

    boolean isShown(LeadColumn column) {
        return indexOf(columns.get(column)) >= 0;
    }

    JPopupMenu menu() {
        JPopupMenu menu = new JPopupMenu(messages.get("leads.columns.menu"));
        menu.setName("leads.columns.menu");
        for (LeadColumn column : LeadColumn.values()) {
            if (column == LeadColumn.NAME || column == LeadColumn.AGENT && !manyAgents) {
                continue; // the name always shows; the agent column only in a team lead's list
            }
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(messages.get(column.titleKey()), isShown(column));
            item.setName("leads.columns." + column.name());
            item.addActionListener(e -> choose(column, item.isSelected()));
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem reset = new JMenuItem(messages.get("leads.columns.reset"));
        reset.setName("leads.columns.reset");
        reset.addActionListener(e -> {
            prefs.remove(KEY);
            apply();
        });
        menu.add(reset);
        return menu;
    }

    void choose(LeadColumn column, boolean shown) {
        Set<LeadColumn> chosen = chosen();
        if (shown) {
            chosen.add(column);
        } else {
            chosen.remove(column);
        }
        StringBuilder value = new StringBuilder();
        for (LeadColumn c : chosen) {
            value.append(value.length() == 0 ? "" : ",").append(c.name());
        }
        prefs.put(KEY, value.toString());
        apply();
    }

    private Set<LeadColumn> chosen() {
        String stored = prefs.get(KEY, null);
        Set<LeadColumn> chosen = EnumSet.noneOf(LeadColumn.class);
        if (stored == null) {
            for (LeadColumn column : LeadColumn.values()) {
                if (column.shownByDefault()) {
                    chosen.add(column);
                }
            }
            return chosen;
        }
        for (String name : stored.split(",")) {
            for (LeadColumn column : LeadColumn.values()) {
                if (column.name().equals(name.strip())) {
                    chosen.add(column);
                }
            }
        }
        chosen.add(LeadColumn.NAME);
        return chosen;
    }

    private void apply() {
        Set<LeadColumn> chosen = chosen();
        for (LeadColumn column : LeadColumn.values()) {
            boolean wanted = chosen.contains(column) && (column != LeadColumn.AGENT || manyAgents);
            if (wanted != isShown(column)) {
                if (wanted) {
                    add(column);
                } else {
                    table.getColumnModel().removeColumn(columns.get(column));
                }
            }
        }
        changed.run();
    }

    /** Adds {@code column} after the shown columns that come before it in the default order. */
    private void add(LeadColumn column) {
        TableColumnModel model = table.getColumnModel();
        int target = 0;
        for (int i = 0; i < model.getColumnCount(); i++) {
            if (LeadColumn.valueOf(String.valueOf(model.getColumn(i).getIdentifier())).ordinal() < column.ordinal()) {
                target = i + 1;
            }
        }
        model.addColumn(columns.get(column));
        model.moveColumn(model.getColumnCount() - 1, Math.min(target, model.getColumnCount() - 1));
    }

    private int indexOf(TableColumn column) {
        TableColumnModel model = table.getColumnModel();
        for (int i = 0; i < model.getColumnCount(); i++) {
            if (model.getColumn(i) == column) {
                return i;
            }
        }
        return -1;
    }
}

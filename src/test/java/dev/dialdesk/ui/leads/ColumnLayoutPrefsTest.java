package dev.dialdesk.ui.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.swing.table.DefaultTableColumnModel;
import javax.swing.table.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ColumnLayoutPrefsTest {

    private final Preferences prefs = Preferences.userRoot().node("dev/dialdesk-test/columns-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        prefs.removeNode();
    }

    private static DefaultTableColumnModel columns() {
        DefaultTableColumnModel model = new DefaultTableColumnModel();
        for (LeadColumn column : LeadColumn.values()) {
            TableColumn tableColumn = new TableColumn(column.ordinal(), column.defaultWidth());
            tableColumn.setIdentifier(column.name());
            model.addColumn(tableColumn);
        }
        return model;
    }

    @Test
    void orderAndWidthsComeBackNextTime() {
        DefaultTableColumnModel first = columns();
        new ColumnLayoutPrefs(prefs).restoreAndTrack(first);
        first.moveColumn(LeadColumn.PHONE.ordinal(), 0);
        first.getColumn(1).setWidth(222);
        new ColumnLayoutPrefs(prefs).save(first);

        DefaultTableColumnModel second = columns();
        new ColumnLayoutPrefs(prefs).restore(second);
        assertThat(second.getColumn(0).getIdentifier()).isEqualTo("PHONE");
        assertThat(second.getColumn(1).getIdentifier()).isEqualTo("NAME");
        assertThat(second.getColumn(1).getPreferredWidth()).isEqualTo(222);
    }

    @Test
    void aDamagedValueLeavesTheDefaults() {
        prefs.put(ColumnLayoutPrefs.KEY, "NAME:abc,UNKNOWN:40,garbage");
        DefaultTableColumnModel model = columns();
        new ColumnLayoutPrefs(prefs).restore(model);
        assertThat(model.getColumn(0).getIdentifier()).isEqualTo("NAME");
        assertThat(model.getColumn(0).getPreferredWidth()).isEqualTo(LeadColumn.NAME.defaultWidth());
    }
}

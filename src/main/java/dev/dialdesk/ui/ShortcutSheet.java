package dev.dialdesk.ui;

import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.KeyTable;
import dev.dialdesk.ui.action.KeyText;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/** Help → Keyboard shortcuts (F1): every binding of {@link KeyTable}, with the action's label. */
public final class ShortcutSheet {

    private ShortcutSheet() {
    }

    /** The rows of the sheet: action label and key, in the table's order. */
    public static List<String[]> rows(Messages messages) {
        return rows(messages, id -> java.util.Optional.empty());
    }

    /**
     * As {@link #rows(Messages)}, an outcome key named by what it records now ("Outcome: 부재"):
     * {@code outcomes} gives the label of the outcome an action id ("calls.disposition.1") records.
     */
    public static List<String[]> rows(Messages messages, Function<String, java.util.Optional<String>> outcomes) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, KeyStroke> entry : KeyTable.all().entrySet()) {
            String label = outcomes.apply(entry.getKey()).map(outcome -> messages.get("shortcuts.outcome", outcome))
                    .orElseGet(() -> messages.get("action." + entry.getKey() + ".name"));
            rows.add(new String[] {label, KeyText.of(entry.getValue())});
        }
        return rows;
    }

    public static void show(Window owner, Messages messages) {
        show(owner, messages, id -> java.util.Optional.empty());
    }

    /** Shows the sheet, the outcome keys named by {@code outcomes} (see {@link #rows(Messages, Function)}). */
    public static void show(Window owner, Messages messages, Function<String, java.util.Optional<String>> outcomes) {
        JDialog dialog = new JDialog(owner, messages.get("shortcuts.title"), JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("shortcuts");
        dialog.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(dialog);
        DefaultTableModel model = new DefaultTableModel(new Object[] {messages.get("shortcuts.column.action"),
            messages.get("shortcuts.column.key")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        rows(messages, outcomes).forEach(model::addRow);
        JTable table = new JTable(model);
        table.setName("shortcuts.table");
        table.setFocusable(false);
        JButton close = new JButton(messages.get("shortcuts.close"));
        close.addActionListener(e -> dialog.dispose());
        JPanel content = new JPanel(new MigLayout("fill, insets 12, wrap 1", "[grow,fill]", "[grow,fill][]"));
        content.add(new JScrollPane(table), "w 420:460:, h 240:300:");
        content.add(close, "tag ok, growx 0");
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(close);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}

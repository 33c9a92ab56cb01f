package dev.dialdesk.ui.cases;

import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.i18n.Messages;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * A small modal form for the keyboard: a grid of label and field, the first field focused, Enter is OK
 * and Escape cancels. Field components are named for tests.
 */
final class FormDialog {

    private final JDialog dialog;
    private final JPanel grid = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow, fill, 320]"));
    private final List<JComponent> fields = new ArrayList<>();
    private boolean ok;

    FormDialog(Component parent, String name, String title, Messages messages) {
        dialog = new JDialog(SwingUtilities.getWindowAncestor(parent), title, JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName(name);
        JButton okButton = new JButton(messages.get("cases.form.ok"));
        okButton.setName(name + ".ok");
        okButton.addActionListener(e -> {
            ok = true;
            dialog.dispose();
        });
        JButton cancel = new JButton(messages.get("cases.form.cancel"));
        cancel.setName(name + ".cancel");
        cancel.addActionListener(e -> dialog.dispose());
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow, fill]"));
        content.add(grid);
        JPanel buttons = new JPanel(new MigLayout("insets dialog", "push[][]"));
        buttons.add(okButton);
        buttons.add(cancel);
        content.add(buttons);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(okButton);
        Dialogs.closeOnEscape(dialog);
    }

    <C extends JComponent> C field(String label, String name, C field) {
        field.setName(name);
        JLabel l = new JLabel(label);
        l.setLabelFor(field);
        grid.add(l);
        grid.add(field);
        fields.add(field);
        return field;
    }

    void note(String text) {
        grid.add(new JLabel(text), "span 2");
    }

    /** Shows the form; true when the agent pressed OK (or Enter). */
    boolean show() {
        dialog.pack();
        dialog.setLocationRelativeTo(dialog.getOwner());
        if (!fields.isEmpty()) {
            JComponent first = fields.get(0);
            dialog.addWindowFocusListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowGainedFocus(java.awt.event.WindowEvent e) {
                    first.requestFocusInWindow();
                }
            });
        }
        java.awt.Component before = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .getPermanentFocusOwner();
        dialog.setVisible(true);
        // The keyboard goes back where it was (some window managers leave the main window without focus).
        if (dialog.getOwner() != null) {
            dialog.getOwner().toFront();
        }
        if (before != null) {
            before.requestFocusInWindow();
        }
        return ok;
    }
}

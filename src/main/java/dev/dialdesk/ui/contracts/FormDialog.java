package dev.dialdesk.ui.contracts;

import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import java.awt.Component;
import java.awt.Window;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * A small modal form: a grid of label and field, an error line, Save and Cancel. {@link #ask} returns
 * whether the agent saved; the validator's message keeps the dialog open until the fields are right.
 */
final class FormDialog {

    private final JDialog dialog;
    private final JPanel grid = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow,fill,280::]"));
    private final JLabel error = new JLabel(" ");
    private final Messages messages;
    private boolean saved;

    FormDialog(Component parent, String name, String title, Messages messages) {
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        this.dialog = new JDialog(owner, title, java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        this.messages = messages;
        dialog.setName(name);
        error.setName("formError");
        error.setForeground(UIManager.getColor("Dialdesk.error.foreground"));
    }

    /** Adds a labelled field. */
    FormDialog field(String labelKey, JComponent field, String name) {
        JLabel label = new JLabel(messages.get(labelKey));
        label.setLabelFor(field);
        field.setName(name);
        grid.add(label);
        grid.add(field);
        return this;
    }

    /** Shows the form until it is saved with valid fields or cancelled. */
    boolean ask(Supplier<Optional<Message>> validator) {
        JButton ok = new JButton(messages.get("contracts.button.ok"));
        ok.setName("formOk");
        JButton cancel = new JButton(messages.get("contracts.button.cancel"));
        cancel.setName("formCancel");
        ok.addActionListener(e -> {
            Optional<Message> problem = validator.get();
            if (problem.isPresent()) {
                error.setText(messages.get(problem.get()));
                dialog.pack();
            } else {
                saved = true;
                dialog.dispose();
            }
        });
        cancel.addActionListener(e -> dialog.dispose());
        grid.add(error, "span 2, growx");
        grid.add(ok, "span 2, split 2, tag ok");
        grid.add(cancel, "tag cancel");
        dialog.getRootPane().setDefaultButton(ok);
        Dialogs.closeOnEscape(dialog);
        dialog.setContentPane(grid);
        dialog.pack();
        dialog.setLocationRelativeTo(dialog.getOwner());
        dialog.setVisible(true);
        return saved;
    }
}

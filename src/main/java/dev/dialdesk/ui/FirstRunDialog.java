package dev.dialdesk.ui;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import java.awt.Component;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/** The first start asks the agent's name and the agent ID the centre knows them by. */
public final class FirstRunDialog {

    private FirstRunDialog() {
    }

    /** Asks until both fields are valid; empty when the agent cancels. Call on the event thread. */
    public static Optional<Agent> ask(Component parent, Messages messages) {
        JTextField name = new JTextField(20);
        name.setName("firstRun.name");
        JTextField id = new JTextField(12);
        id.setName("firstRun.agentId");
        JLabel problem = new JLabel(" ");
        problem.setForeground(javax.swing.UIManager.getColor("Dialdesk.error.foreground"));
        JPanel form = new JPanel(new MigLayout("wrap 2, insets 0", "[right][grow,fill]"));
        form.add(new JLabel(messages.get("firstRun.intro")), "span 2, left, wrap 10");
        form.add(new JLabel(messages.get("firstRun.name")));
        form.add(name);
        form.add(new JLabel(messages.get("firstRun.agentId")));
        form.add(id);
        form.add(new JLabel(messages.get("firstRun.agentId.hint")), "skip, left");
        form.add(problem, "span 2, left");
        while (true) {
            int choice = JOptionPane.showConfirmDialog(parent, form, messages.get("firstRun.title"),
                    JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            if (choice != JOptionPane.OK_OPTION) {
                return Optional.empty();
            }
            String enteredName = name.getText().strip();
            String enteredId = id.getText().strip();
            if (enteredName.isEmpty()) {
                problem.setText(messages.get("firstRun.error.name"));
            } else if (!AgentId.isValid(enteredId)) {
                problem.setText(messages.get("firstRun.error.agentId"));
            } else {
                return Optional.of(new Agent(new AgentId(enteredId), enteredName));
            }
        }
    }
}

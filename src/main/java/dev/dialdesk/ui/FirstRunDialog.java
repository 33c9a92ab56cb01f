package dev.dialdesk.ui;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import java.awt.Component;
import java.time.ZoneId;
import java.util.Optional;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The first start asks the agent's name, the agent ID the centre knows them by and the centre's time
 * zone (Asia/Seoul preselected in a Korean window, the computer's zone otherwise), and shows the
 * calling hours that apply.
 */
public final class FirstRunDialog {

    /** What the agent entered. */
    public record Answer(Agent agent, ZoneId zone) {
    }

    private FirstRunDialog() {
    }

    /**
     * Asks until both fields are valid; empty when the agent cancels. Call on the event thread.
     *
     * @param callingHours the calling hours as the settings write them ("MON-FRI 09:00-21:00")
     */
    public static Optional<Answer> ask(Component parent, Messages messages, String callingHours) {
        JTextField name = new JTextField(20);
        name.setName("firstRun.name");
        JTextField id = new JTextField(12);
        id.setName("firstRun.agentId");
        JComboBox<String> zone = zones(messages);
        JLabel problem = new JLabel(" ");
        problem.setForeground(javax.swing.UIManager.getColor("Dialdesk.error.foreground"));
        JPanel form = new JPanel(new MigLayout("wrap 2, insets 0", "[right][grow,fill]"));
        form.add(new JLabel(messages.get("firstRun.intro")), "span 2, left, wrap 10");
        form.add(new JLabel(messages.get("firstRun.name")));
        form.add(name);
        form.add(new JLabel(messages.get("firstRun.agentId")));
        form.add(id);
        form.add(new JLabel(messages.get("firstRun.agentId.hint")), "skip, left");
        form.add(new JLabel(messages.get("firstRun.zone")));
        form.add(zone);
        form.add(new JLabel(messages.get("firstRun.hours", callingHours)), "skip, left");
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
                return Optional.of(new Answer(new Agent(new AgentId(enteredId), enteredName),
                        ZoneId.of((String) zone.getSelectedItem())));
            }
        }
    }

    /** Every zone, Asia/Seoul first in a Korean window, else the computer's zone preselected. */
    private static JComboBox<String> zones(Messages messages) {
        JComboBox<String> zone = new JComboBox<>(ZoneId.getAvailableZoneIds().stream().sorted().toArray(String[]::new));
        zone.setName("firstRun.zone");
        boolean korean = "ko".equals(messages.locale().getLanguage());
        zone.setSelectedItem(korean ? "Asia/Seoul" : ZoneId.systemDefault().getId());
        return zone;
    }
}

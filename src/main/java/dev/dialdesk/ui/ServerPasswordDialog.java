package dev.dialdesk.ui;

import dev.dialdesk.domain.i18n.Messages;
import java.awt.EventQueue;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * Asks the team server's password before the window opens, when neither {@code PGPASSWORD} nor
 * {@code ~/.pgpass} has one. The typed characters go back as a {@code char[]}, kept in memory only.
 */
public final class ServerPasswordDialog {

    private ServerPasswordDialog() {
    }

    /** Asks on the event thread and waits for the answer; call from a worker. Empty when cancelled. */
    public static Optional<char[]> askAndWait(Messages messages, String server) {
        @SuppressWarnings("unchecked")
        Optional<char[]>[] answer = new Optional[] {Optional.empty()};
        try {
            EventQueue.invokeAndWait(() -> answer[0] = ask(messages, server));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The password dialog failed", e.getCause());
        }
        return answer[0];
    }

    /** On the event thread. */
    public static Optional<char[]> ask(Messages messages, String server) {
        JPasswordField password = new JPasswordField(24);
        password.setName("serverPassword.password");
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1", "[grow,fill]"));
        panel.add(new JLabel(messages.get("team.password.label", server)));
        panel.add(password);
        JLabel hint = new JLabel(messages.get("team.password.hint"));
        hint.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        panel.add(hint);
        JOptionPane pane = new JOptionPane(panel, JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
        javax.swing.JDialog dialog = pane.createDialog(null, messages.get("team.password.title"));
        dialog.setName("serverPassword");
        dialog.addWindowFocusListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowGainedFocus(java.awt.event.WindowEvent e) {
                password.requestFocusInWindow();
            }
        });
        dialog.setVisible(true);
        dialog.dispose();
        char[] typed = password.getPassword();
        if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue()) || typed.length == 0) {
            Arrays.fill(typed, '\0');
            return Optional.empty();
        }
        return Optional.of(typed);
    }
}

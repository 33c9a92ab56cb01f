package dev.dialdesk.ui.calls.settings;

import dev.dialdesk.ui.common.Dialogs;
import dev.dialdesk.domain.calls.CallingHours;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.calls.ClipboardFormat;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.SettingProblem;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.ui.common.TaskRunner;
import java.awt.Window;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * Tools → Settings: how a number is dialled, the centre's time zone, the calling hours and the
 * dispositions. Checked before anything is saved; saved off the event thread.
 */
public final class CallSettingsDialog extends JDialog {

    private final Messages messages;
    private final Settings settings;
    private final CallService calls;
    private final TaskRunner tasks;
    private final Runnable onSaved;
    private final JComboBox<DialMethod> method = new JComboBox<>(DialMethod.values());
    private final JComboBox<ClipboardFormat> clipboardFormat = new JComboBox<>(ClipboardFormat.values());
    private final JTextField uri = new JTextField();
    private final JTextField command = new JTextField();
    private final JComboBox<String> zone = new JComboBox<>();
    private final JTextField hours = new JTextField();
    /** The team server from the next start (issue 12); never a password. */
    private final JTextField server = new JTextField();
    private final JLabel problem = new JLabel(" ");
    private final JButton save;
    private DispositionTableModel dispositions;
    /** The dispositions as read: only those edited are saved (on the team server they are the centre's). */
    private List<Disposition> loaded = List.of();

    private CallSettingsDialog(Window owner, Messages messages, Settings settings, CallService calls,
                               TaskRunner tasks, Runnable onSaved) {
        super(owner, messages.get("callsettings.title"), ModalityType.APPLICATION_MODAL);
        this.messages = messages;
        this.settings = settings;
        this.calls = calls;
        this.tasks = tasks;
        this.onSaved = onSaved;
        setName("callsettings");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(this);
        save = new JButton(messages.get("callsettings.save"));
        save.setName("callsettings.save");
        save.setEnabled(false);
    }

    /** Loads the dispositions off the event thread, then shows the dialog over {@code owner}. */
    public static void open(Window owner, Messages messages, Settings settings, CallService calls,
                            TaskRunner tasks, Runnable onSaved) {
        CallSettingsDialog dialog = new CallSettingsDialog(owner, messages, settings, calls, tasks, onSaved);
        tasks.run("Loading the call settings", calls::dispositions, loaded -> {
            dialog.build(loaded);
            dialog.setVisible(true);
        });
    }

    private void build(List<Disposition> loaded) {
        this.loaded = List.copyOf(loaded);
        dispositions = new DispositionTableModel(messages, loaded);
        method.setName("callsettings.method");
        method.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" :
                        messages.get("callsettings.method." + ((DialMethod) value).name()), index, selected, focus);
            }
        });
        method.setSelectedItem(settings.get(CallSettingKeys.DIAL_METHOD));
        clipboardFormat.setName("callsettings.clipboardFormat");
        clipboardFormat.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" :
                        messages.get("callsettings.clipboardFormat." + ((ClipboardFormat) value).name()), index, selected, focus);
            }
        });
        clipboardFormat.setSelectedItem(settings.get(CallSettingKeys.CLIPBOARD_FORMAT));
        uri.setText(settings.get(CallSettingKeys.DIAL_URI));
        command.setText(settings.get(CallSettingKeys.DIAL_COMMAND));
        zone.setEditable(true);
        for (String id : List.of("Asia/Seoul", "Asia/Tokyo", "UTC", "America/New_York", "Europe/London")) {
            zone.addItem(id);
        }
        zone.setSelectedItem(settings.get(SettingKeys.CENTRE_ZONE).getId());
        hours.setText(settings.get(CallSettingKeys.CALLING_HOURS));
        hours.setName("callsettings.hours");
        server.setText(settings.get(SettingKeys.TEAM_SERVER));
        server.setName("callsettings.server");
        problem.setName("callsettings.problem");
        problem.setForeground(UIManager.getColor("Dialdesk.error.foreground"));
        showFileProblems();
        setContentPane(form());
        pack();
        setLocationRelativeTo(getOwner());
    }

    /** What in settings.json could not be used (read above, so the problems of this dialog's keys are known). */
    private void showFileProblems() {
        List<String> texts = settings.problems().stream()
                .map(p -> messages.get(p.kind() == SettingProblem.Kind.BAD_VALUE
                        ? "callsettings.problem.badValue" : "callsettings.problem.unreadable", p.setting(), p.detail()))
                .toList();
        if (!texts.isEmpty()) {
            problem.setText(String.join("  ", texts));
        }
    }

    private JPanel form() {
        JPanel form = new JPanel(new MigLayout("insets 12, wrap 2, fill", "[right][grow,fill]", "[][][][][][][][][][grow,fill][][]"));
        form.add(new JLabel(messages.get("callsettings.method")));
        form.add(method);
        form.add(new JLabel(messages.get("callsettings.clipboardFormat")));
        form.add(clipboardFormat);
        form.add(new JLabel(messages.get("callsettings.uri")));
        form.add(uri);
        form.add(new JLabel(messages.get("callsettings.command")));
        form.add(command);
        form.add(new JLabel(messages.get("callsettings.zone")));
        form.add(zone);
        form.add(new JLabel(messages.get("callsettings.hours")));
        form.add(hours);
        JLabel hoursHint = new JLabel(messages.get("callsettings.hours.hint"));
        hoursHint.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        form.add(hoursHint, "skip 1");
        form.add(new JLabel(messages.get("callsettings.server")));
        form.add(server);
        JLabel serverHint = new JLabel(messages.get("callsettings.server.hint"));
        serverHint.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        form.add(serverHint, "skip 1");
        JTable table = new JTable(dispositions);
        dev.dialdesk.ui.common.TableFit.headersWhole(table);
        table.setName("callsettings.dispositions");
        table.setRowHeight(Math.max(table.getRowHeight(), table.getFontMetrics(table.getFont()).getHeight() + 6));
        // each code and label whole ("WRONG_NUMBER", "Thinking it over"), again after an edit or a reload
        java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont());
        dev.dialdesk.ui.common.TableFit.modelTextsWhole(table, metrics);
        dispositions.addTableModelListener(e -> dev.dialdesk.ui.common.TableFit.modelTextsWhole(table, metrics));
        form.add(new JScrollPane(table), "span 2, growx, w 720:760:, h 240:280:"); // the whole width, not right-aligned under the labels
        form.add(problem, "span 2, growx");
        JButton cancel = new JButton(messages.get("callsettings.cancel"));
        cancel.addActionListener(e -> dispose());
        save.setEnabled(true);
        save.addActionListener(e -> save(table));
        form.add(save, "span 2, split 2, tag ok, growx 0");
        form.add(cancel, "tag cancel, growx 0");
        getRootPane().setDefaultButton(save);
        return form;
    }

    private void save(JTable table) {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
        Values values;
        try {
            values = check();
        } catch (IllegalArgumentException | DateTimeException e) {
            problem.setText(messages.get("callsettings.invalid", e.getMessage()));
            return;
        }
        save.setEnabled(false);
        tasks.run("Saving the call settings", () -> {
            values.apply(settings, calls);
            return values;
        }, saved -> {
            dispose();
            onSaved.run();
        }, failure -> {
            save.setEnabled(true);
            problem.setText(messages.get("callsettings.failed"));
        });
    }

    /** Reads and checks every field; throws with what is wrong. */
    private Values check() {
        String hoursText = hours.getText().strip();
        CallingHours.parse(hoursText);
        ZoneId centre = ZoneId.of(String.valueOf(zone.getSelectedItem()).strip());
        List<Disposition> edited = dispositions.dispositions();
        Set<Integer> positions = new HashSet<>();
        for (Disposition d : edited) {
            if (d.position() < 1 || d.position() > 9 || !positions.add(d.position())) {
                throw new IllegalArgumentException(messages.get("callsettings.positions"));
            }
        }
        String serverText = server.getText().strip();
        dev.dialdesk.service.settings.TeamServerSetting.problem(serverText).ifPresent(wrong -> {
            throw new IllegalArgumentException(messages.get(wrong));
        });
        return new Values((DialMethod) method.getSelectedItem(), (ClipboardFormat) clipboardFormat.getSelectedItem(),
                uri.getText().strip(), command.getText().strip(),
                centre, hoursText, edited.stream().filter(d -> !loaded.contains(d)).toList(), serverText);
    }

    /** What the dialog saves. */
    private record Values(DialMethod method, ClipboardFormat clipboardFormat, String uri, String command, ZoneId zone, String hours,
                          List<Disposition> dispositions, String server) {
        void apply(Settings settings, CallService calls) {
            settings.set(CallSettingKeys.DIAL_METHOD, method);
            settings.set(CallSettingKeys.CLIPBOARD_FORMAT, clipboardFormat);
            settings.set(CallSettingKeys.DIAL_URI, uri);
            settings.set(CallSettingKeys.DIAL_COMMAND, command);
            settings.set(SettingKeys.CENTRE_ZONE, zone);
            settings.set(CallSettingKeys.CALLING_HOURS, hours);
            settings.set(SettingKeys.TEAM_SERVER, server); // applied at the next start
            calls.saveDispositions(dispositions);
        }
    }
}

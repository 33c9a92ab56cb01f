package dev.dialdesk.ui.callbacks;

import dev.dialdesk.domain.callbacks.Agenda;
import dev.dialdesk.domain.callbacks.AgendaSection;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.Reschedule;
import dev.dialdesk.domain.callbacks.UnscheduledCallback;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyText;
import java.awt.Component;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * The callback agenda: the day timeline, then one table of sections (overdue red, due within 15 min
 * amber, later today, next days, history grey), and the actions on the selected callback, each with
 * its key from the key table. Logic in {@link AgendaPresenter}.
 */
public final class AgendaPanel extends JPanel implements AgendaView {

    private final AgendaPresenter presenter;
    private final Messages messages;
    private final CallbackBooking booking;
    private final AgendaTableModel model;
    private final JTable table;
    private final DayTimeline timeline = new DayTimeline();
    private final JLabel message = new JLabel(" ");
    private final List<BaseAction> actions = new ArrayList<>();

    public AgendaPanel(AgendaPresenter presenter, Messages messages, CallbackBooking booking) {
        super(new MigLayout("insets panel, fill, wrap 1", "[grow, fill]", "[][grow, fill][][]"));
        this.presenter = presenter;
        this.messages = messages;
        this.booking = booking;
        this.model = new AgendaTableModel(messages);
        setName("callbackAgenda");
        table = new JTable(model);
        table.setName("callbackAgendaTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Object.class, new SectionRenderer());
        table.setFillsViewportHeight(true);
        // the time column also holds the sections' titles ("Due within 15 minutes (2)"): wide enough for each
        int titles = sectionTitleWidth();
        table.getColumnModel().getColumn(0).setPreferredWidth(Math.max(130, titles));
        table.getColumnModel().getColumn(0).setMinWidth(titles);
        table.getColumnModel().getColumn(1).setPreferredWidth(110);
        table.getColumnModel().getColumn(2).setPreferredWidth(150);
        table.getColumnModel().getColumn(3).setPreferredWidth(260);
        table.getSelectionModel().addListSelectionListener(e -> actions.forEach(BaseAction::updateEnabledState));
        // Read again whenever the agenda comes into view: a booking cancelled on the call panel (a callback
        // without a time) or a change made elsewhere shows the moment the agent looks.
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing()) {
                presenter.refresh();
            }
        });
        add(timeline, "hmin 46");
        add(new JScrollPane(table));
        add(buttons());
        message.setName("callbackAgendaMessage");
        message.setForeground(UIManager.getColor("Dialdesk.error.foreground"));
        add(message);
        presenter.attach(this);
    }

    private JPanel buttons() {
        JPanel row = dev.dialdesk.ui.common.WrapLayout.row(java.awt.FlowLayout.LEFT); // wraps in a narrow window
        add(row, "callbacks.callNow", presenter::callNow, u -> presenter.callNow(u.leadId()));
        add(row, "callbacks.later15", e -> presenter.reschedule(e, Reschedule.PLUS_15_MIN));
        add(row, "callbacks.later1h", e -> presenter.reschedule(e, Reschedule.PLUS_1_HOUR));
        add(row, "callbacks.tomorrowSameTime", e -> presenter.reschedule(e, Reschedule.TOMORROW_SAME_TIME));
        add(row, "callbacks.reschedulePick", presenter::pickTime, this::bookTime);
        add(row, "callbacks.snooze", presenter::snooze);
        add(row, "callbacks.cancel", presenter::cancel);
        BaseAction refresh = BaseAction.of("callbacks.refresh", messages, presenter::refresh);
        bind(refresh);
        row.add(new JButton(refresh));
        return row;
    }

    private void add(JPanel row, String id, Consumer<CallbackEntry> command) {
        add(row, id, command, null);
    }

    /** An action on the selected callback; {@code withoutTime}, if given, on a callback without a time. */
    private void add(JPanel row, String id, Consumer<CallbackEntry> command, Consumer<UnscheduledCallback> withoutTime) {
        BaseAction action = new BaseAction(id, messages) {
            @Override
            protected void perform(java.awt.event.ActionEvent event) {
                selected().ifPresent(command);
                if (withoutTime != null) {
                    selectedWithoutTime().ifPresent(withoutTime);
                }
            }

            @Override
            public void updateEnabledState() {
                setEnabled(table != null && (selected().isPresent()
                        || withoutTime != null && selectedWithoutTime().isPresent()));
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, KeyText.of((KeyStroke) action.getValue(Action.ACCELERATOR_KEY)));
        actions.add(action);
        bind(action);
        JButton button = new JButton(action);
        button.setName(id);
        row.add(button);
    }

    private void bind(BaseAction action) {
        KeyStroke key = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        if (key == null) {
            return;
        }
        for (JComponent target : List.of(this, table)) {
            target.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, action.id());
            target.getActionMap().put(action.id(), action);
        }
    }

    /** The selected callback; header rows and callbacks without a time select none. */
    public Optional<CallbackEntry> selected() {
        int row = table.getSelectedRow();
        if (row < 0 || row >= model.getRowCount()) {
            return Optional.empty();
        }
        return Optional.ofNullable(model.row(row).entry());
    }

    /** The selected callback without a time, if that is what is selected. */
    public Optional<UnscheduledCallback> selectedWithoutTime() {
        int row = table.getSelectedRow();
        if (row < 0 || row >= model.getRowCount()) {
            return Optional.empty();
        }
        return Optional.ofNullable(model.row(row).unscheduled());
    }

    /** "Pick a time" on a callback without a time: the booking dialog for its customer. */
    private void bookTime(UnscheduledCallback callback) {
        String customer = callback.customerName().isBlank() ? callback.phone().national()
                : callback.customerName() + " · " + callback.phone().national();
        booking.openForCall(SwingUtilities.getWindowAncestor(this), callback.leadId(), customer, booked -> presenter.refresh());
    }

    public JTable table() {
        return table;
    }

    /** Loads the agenda (off the event thread). */
    public void refresh() {
        presenter.refresh();
    }

    @Override
    public void show(Agenda agenda) {
        Long keep = selected().map(e -> e.callback().id()).orElse(null);
        Long keepLead = selectedWithoutTime().map(UnscheduledCallback::leadId).orElse(null);
        model.show(agenda);
        // "Asked to be called back on …; no time booked" whole: measured in the titles' bold, which is never narrower
        dev.dialdesk.ui.common.TableFit.modelTextsWhole(table, table.getFontMetrics(table.getFont().deriveFont(Font.BOLD)));
        timeline.show(agenda);
        int select = -1;
        for (int i = 0; i < model.getRowCount(); i++) {
            AgendaTableModel.Row r = model.row(i);
            if (r.entry() != null && keep != null && r.entry().callback().id() == keep
                    || r.unscheduled() != null && keepLead != null && r.unscheduled().leadId() == keepLead) {
                select = i;
            }
        }
        if (select < 0) {
            select = firstOpen();
        }
        if (select >= 0) {
            table.setRowSelectionInterval(select, select);
        }
        actions.forEach(BaseAction::updateEnabledState);
    }

    private int firstOpen() {
        if (model.firstEntryOf(null) >= 0) {
            return model.firstEntryOf(null);
        }
        for (AgendaSection section : AgendaSection.values()) {
            int row = model.firstEntryOf(section);
            if (row >= 0) {
                return row;
            }
        }
        return -1;
    }

    @Override
    public void showMessage(List<String> texts) {
        message.setText(texts.isEmpty() ? " " : String.join(" ", texts));
    }

    @Override
    public boolean confirm(List<String> texts) {
        return JOptionPane.showConfirmDialog(this, String.join("\n", texts), messages.get("callbacks.confirm.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
    }

    @Override
    public Optional<String> askCancelReason() {
        Object answer = JOptionPane.showInputDialog(this, messages.get("callbacks.cancel.question"),
                messages.get("callbacks.cancel.title"), JOptionPane.QUESTION_MESSAGE, null, null, "");
        return Optional.ofNullable(answer).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public void pickTime(Callback callback, String customer) {
        booking.reschedule(SwingUtilities.getWindowAncestor(this), callback, customer, moved -> presenter.refresh());
    }

    /** The width of the widest section title, in the bold font the titles are drawn in. */
    private int sectionTitleWidth() {
        java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont().deriveFont(java.awt.Font.BOLD));
        int widest = metrics.stringWidth(model.sectionTitle(null, 99));
        for (AgendaSection section : AgendaSection.values()) {
            widest = Math.max(widest, metrics.stringWidth(model.sectionTitle(section, 99)));
        }
        return widest + 16;
    }

    /** Colours a row by its section (theme urgency keys); section headers bold. */

    private final class SectionRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            AgendaTableModel.Row r = model.row(row);
            boolean colour = r.isHeader() || r.section() != AgendaSection.LATER_TODAY;
            AgendaSection shade = r.isWithoutTime() ? AgendaSection.OVERDUE : r.section();
            if (!selected) {
                setForeground(colour ? DayTimeline.colour(shade) : t.getForeground());
            }
            setFont(getFont().deriveFont(r.isHeader() ? Font.BOLD : Font.PLAIN));
            // a long note or cancel reason widens the last column (the table scrolls sideways): the tooltip reads it whole
            setToolTipText(column >= 2 && value != null && !value.toString().isEmpty() ? value.toString() : null);
            return this;
        }
    }
}

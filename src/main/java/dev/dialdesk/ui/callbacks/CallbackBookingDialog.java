package dev.dialdesk.ui.callbacks;

import dev.dialdesk.ui.common.PickerColours;
import dev.dialdesk.ui.common.Dialogs;
import com.github.lgooddatepicker.components.DatePickerSettings;
import com.github.lgooddatepicker.components.DateTimePicker;
import com.github.lgooddatepicker.components.TimePicker;
import com.github.lgooddatepicker.components.TimePickerSettings;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.QuickPick;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyTable;
import dev.dialdesk.ui.action.KeyText;
import dev.dialdesk.ui.common.Edt;
import java.awt.Color;
import java.awt.Font;
import java.awt.Window;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The booking dialog: quick picks (Alt+1 … Alt+6, each books at once), a date-time picker, the end
 * of the customer's window, a note and the customer-asked flag; the rules' messages show under the
 * form; Enter books, a second Enter confirms a warning, Escape closes. Logic in {@link BookingPresenter}.
 */
final class CallbackBookingDialog extends JDialog implements BookingView {

    private final Messages messages;
    private final BookingPresenter presenter;
    private final Consumer<Callback> onBooked;
    private final Map<QuickPick, BaseAction> picks = new EnumMap<>(QuickPick.class);
    private final DateTimePicker dateTime;
    private final TimePicker windowEnd;
    private final JTextField note = new JTextField(28);
    private final JCheckBox customerAsked;
    private final JTextArea issues = new JTextArea(3, 36);
    private final JButton book;

    CallbackBookingDialog(Window parent, Messages messages, BookingPresenter presenter, String title,
                          Consumer<Callback> onBooked) {
        super(parent, title, ModalityType.DOCUMENT_MODAL);
        this.messages = messages;
        this.presenter = presenter;
        this.onBooked = onBooked;
        setName("callbackBooking");
        DatePickerSettings dateSettings = new DatePickerSettings(messages.locale());
        dateSettings.setFormatForDatesCommonEra("yyyy-MM-dd");
        dateSettings.setClock(presenter.clock()); // "today" on the calendar is the app's day, not the computer's
        this.dateTime = new DateTimePicker(PickerColours.apply(dateSettings), timeSettings());
        dateTime.setName("bookingDateTime");
        dateTime.getDatePicker().getComponentDateTextField().setName("bookingDate");
        dateTime.getTimePicker().getComponentTimeTextField().setName("bookingTime");
        this.windowEnd = new TimePicker(timeSettings());
        windowEnd.getComponentTimeTextField().setName("bookingWindowEnd");
        note.setName("bookingNote");
        customerAsked = new JCheckBox(messages.get("callbacks.book.customerAsked"));
        customerAsked.setName("bookingCustomerAsked");
        customerAsked.setMnemonic(KeyTable.mnemonic("callbacks.book.customerAsked"));
        book = new JButton(messages.get("callbacks.book.submit"));
        book.setName("bookingSubmit");
        book.addActionListener(e -> presenter.submit());
        setContentPane(layoutForm());
        bindKeys();
        getRootPane().setDefaultButton(book);
        pack();
        setLocationRelativeTo(parent);
    }

    private static TimePickerSettings timeSettings() {
        TimePickerSettings settings = new TimePickerSettings();
        settings.use24HourClockFormat();
        settings.setFormatForDisplayTime("HH:mm");
        settings.setFormatForMenuTimes("HH:mm");
        return PickerColours.apply(settings);
    }

    private JPanel layoutForm() {
        JPanel form = new JPanel(new MigLayout("insets dialog, wrap 2", "[right][grow, fill]"));
        form.add(new JLabel(messages.get("callbacks.book.quickPicks")), "top");
        JPanel pickRow = new JPanel(new MigLayout("insets 0, wrap 3, gap 6 6", "[sg pick, fill][sg pick, fill][sg pick, fill]"));
        for (QuickPick pick : QuickPick.values()) {
            BaseAction action = BaseAction.of("callbacks.pick." + pick.name(), messages, () -> presenter.pick(pick));
            picks.put(pick, action);
            JButton button = new JButton(action);
            button.setName("pick." + pick.name());
            button.setText(action.getValue(Action.NAME) + "   " + KeyText.of((KeyStroke) action.getValue(Action.ACCELERATOR_KEY)));
            pickRow.add(button);
        }
        form.add(pickRow);
        form.add(label("callbacks.book.dateTime", dateTime.getDatePicker().getComponentDateTextField(), KeyTable.mnemonic("callbacks.book.dateTime")));
        form.add(dateTime, "growx 0");
        form.add(label("callbacks.book.windowEnd", windowEnd.getComponentTimeTextField(), KeyTable.mnemonic("callbacks.book.windowEnd")));
        form.add(windowEnd, "growx 0, split 2");
        form.add(muted(messages.get("callbacks.book.windowEnd.hint")));
        form.add(label("callbacks.book.note", note, KeyTable.mnemonic("callbacks.book.note")));
        form.add(note);
        form.add(new JLabel());
        form.add(customerAsked);
        issues.setName("bookingIssues");
        issues.setEditable(false);
        issues.setFocusable(false);
        issues.setLineWrap(true);
        issues.setWrapStyleWord(true);
        issues.setOpaque(false);
        issues.setForeground(UIManager.getColor("Dialdesk.error.foreground"));
        form.add(issues, "span 2, growx, hmin 3lp");
        JButton close = new JButton(messages.get("callbacks.book.close"));
        close.addActionListener(e -> dispose());
        form.add(book, "span 2, split 2, right, tag ok");
        form.add(close, "tag cancel");
        return form;
    }

    private JLabel label(String key, JComponent field, int mnemonic) {
        JLabel label = new JLabel(messages.get(key));
        label.setLabelFor(field);
        label.setDisplayedMnemonic(mnemonic);
        return label;
    }

    private static JLabel muted(String text) {
        JLabel label = new JLabel(text);
        label.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        return label;
    }

    private void bindKeys() {
        JComponent root = getRootPane();
        picks.values().forEach(action -> {
            KeyStroke key = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, action.id());
            root.getActionMap().put(action.id(), action);
        });
        Dialogs.closeOnEscape(this);
    }

    /** Shows the dialog with the note field focused (type a note, then Alt+5 books tomorrow 10:00). */
    void showFocused() {
        Edt.assertEdt();
        note.requestFocusInWindow();
        setVisible(true);
    }

    @Override
    public Form form() {
        return new Form(dateTime.getDatePicker().getDate(), dateTime.getTimePicker().getTime(), windowEnd.getTime(),
                note.getText(), customerAsked.isSelected());
    }

    @Override
    public void showTime(ZonedDateTime time) {
        dateTime.getDatePicker().setDate(time.toLocalDate());
        dateTime.getTimePicker().setTime(time.toLocalTime());
    }

    @Override
    public void enablePick(QuickPick pick, boolean enabled) {
        picks.get(pick).setEnabled(enabled);
    }

    @Override
    public void showIssues(List<String> texts, boolean loud, boolean confirm) {
        issues.setText(String.join("\n", texts));
        issues.setOpaque(loud);
        Color background = UIManager.getColor("Dialdesk.urgency.critical.background");
        issues.setBackground(loud ? background : getBackground());
        issues.setForeground(UIManager.getColor(loud ? "Dialdesk.urgency.critical.foreground" : "Dialdesk.error.foreground"));
        issues.setFont(issues.getFont().deriveFont(loud ? Font.BOLD : Font.PLAIN));
        book.setText(messages.get(confirm ? "callbacks.book.submitAnyway" : "callbacks.book.submit"));
        pack();
    }

    @Override
    public void setBusy(boolean busy) {
        book.setEnabled(!busy);
    }

    @Override
    public void booked(Callback callback) {
        dispose();
        onBooked.accept(callback);
    }
}

package dev.dialdesk.ui.contracts;

import com.github.lgooddatepicker.components.DatePicker;
import com.github.lgooddatepicker.components.TimePicker;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractEdit;
import java.awt.Component;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/** The contract dialogs: entry after the 청약 disposition, edit, re-recording required, withdrawal. */
final class ContractDialogs {

    private final Messages messages;
    private final Clock clock;
    /** The centre's zone, read at each dialog: a zone changed in the settings applies at once. */
    private final java.util.function.Supplier<ZoneId> centreZone;

    /** The app's clock in the centre's zone: "today" on the calendars. */
    private Clock today() {
        return clock.withZone(centreZone.get());
    }

    ContractDialogs(Messages messages, Clock clock, java.util.function.Supplier<ZoneId> centreZone) {
        this.messages = messages;
        this.clock = clock;
        this.centreZone = centreZone;
    }

    /** The contract-entry dialog: product, premium, date and time (now), application number, notes. */
    Optional<ContractDraft> entry(Component parent, String productHint) {
        ZoneId zone = centreZone.get();
        ZonedDateTime now = clock.instant().atZone(zone);
        JTextField product = new JTextField(productHint == null ? "" : productHint, 20);
        JTextField premium = new JTextField(10);
        DatePicker date = Fields.date(messages, today(), now.toLocalDate());
        TimePicker time = Fields.time(messages, now.toLocalTime());
        JTextField applicationNo = new JTextField(12);
        JTextArea notes = new JTextArea(3, 20);
        FormDialog form = new FormDialog(parent, "contractEntryDialog", messages.get("contracts.entry.title"), messages)
                .field("contracts.field.product", product, "product")
                .field("contracts.field.premium", premium, "premium")
                .field("contracts.field.contractDate", date, "contractDate")
                .field("contracts.field.contractTime", time, "contractTime")
                .field("contracts.field.applicationNo", applicationNo, "applicationNo")
                .field("contracts.field.notes", new JScrollPane(notes), "notes");
        boolean saved = form.ask(() -> saleProblem(product.getText(), premium.getText(), date.getDate()));
        if (!saved) {
            return Optional.empty();
        }
        Instant at = ZonedDateTime.of(date.getDate(), time.getTime() == null ? now.toLocalTime() : time.getTime(), zone)
                .toInstant();
        return Optional.of(new ContractDraft(product.getText().strip(), Fields.won(premium.getText()).getAsLong(), at,
                applicationNo.getText(), notes.getText()));
    }

    private static Optional<Message> saleProblem(String product, String premium, LocalDate date) {
        if (product.isBlank()) {
            return Optional.of(new Message("contracts.error.productRequired"));
        }
        if (Fields.won(premium).isEmpty()) {
            return Optional.of(new Message("contracts.error.premiumNotANumber"));
        }
        if (Fields.won(premium).getAsLong() <= 0) {
            return Optional.of(new Message("contracts.error.premiumPositive"));
        }
        return date == null ? Optional.of(new Message("contracts.error.dateRequired")) : Optional.empty();
    }

    /** The edit form: the sale and the after-sale data. */
    Optional<ContractEdit> edit(Component parent, Contract contract) {
        ZonedDateTime at = contract.sale().contractAt().atZone(contract.sale().zone());
        JTextField product = new JTextField(contract.sale().product(), 20);
        JTextField premium = new JTextField(String.format(messages.locale(), "%,d", contract.sale().premiumWon()), 10);
        DatePicker date = Fields.date(messages, today(), at.toLocalDate());
        TimePicker time = Fields.time(messages, at.toLocalTime());
        JTextField applicationNo = new JTextField(contract.sale().applicationNo(), 12);
        JTextArea notes = new JTextArea(contract.sale().notes(), 3, 20);
        DatePicker delivery = Fields.date(messages, today(), contract.afterSale().policyDeliveryDate());
        DatePicker birth = Fields.date(messages, today(), contract.afterSale().customerBirthDate());
        Integer knownAge = contract.afterSale().customerAge();
        JTextField age = new JTextField(knownAge == null ? "" : knownAge.toString(), 4);
        JComboBox<HappyCall> happy = new JComboBox<>(HappyCall.values());
        happy.setSelectedItem(contract.afterSale().happyCall());
        happy.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                Object text = value instanceof HappyCall call ? messages.get(call.labelKey()) : value;
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        FormDialog form = new FormDialog(parent, "contractEditDialog", messages.get("contracts.edit.title"), messages)
                .field("contracts.field.product", product, "product")
                .field("contracts.field.premium", premium, "premium")
                .field("contracts.field.contractDate", date, "contractDate")
                .field("contracts.field.contractTime", time, "contractTime")
                .field("contracts.field.applicationNo", applicationNo, "applicationNo")
                .field("contracts.field.notes", new JScrollPane(notes), "notes")
                .field("contracts.field.policyDelivery", delivery, "policyDelivery")
                .field("contracts.field.birthDate", birth, "birthDate")
                .field("contracts.field.age", age, "age")
                .field("contracts.field.happyCall", happy, "happyCall");
        if (!form.ask(() -> saleProblem(product.getText(), premium.getText(), date.getDate()))) {
            return Optional.empty();
        }
        Instant when = ZonedDateTime.of(date.getDate(), time.getTime() == null ? at.toLocalTime() : time.getTime(),
                contract.sale().zone()).toInstant();
        return Optional.of(new ContractEdit(product.getText().strip(), Fields.won(premium.getText()).getAsLong(), when,
                applicationNo.getText(), notes.getText(), delivery.getDate(), birth.getDate(),
                Fields.age(age.getText()).orElse(null), (HappyCall) happy.getSelectedItem()));
    }

    /** QA's reason and notice date (today by default). */
    record ReRecording(String reason, LocalDate noticeDate) {
    }

    Optional<ReRecording> reRecording(Component parent) {
        JTextField reason = new JTextField(24);
        DatePicker notice = Fields.date(messages, today(), clock.instant().atZone(centreZone.get()).toLocalDate());
        FormDialog form = new FormDialog(parent, "reRecordingDialog", messages.get("contracts.reRecording.title"),
                messages)
                .field("contracts.field.reason", reason, "reason")
                .field("contracts.field.noticeDate", notice, "noticeDate");
        boolean saved = form.ask(() -> reason.getText().isBlank()
                ? Optional.of(new Message("contracts.error.reasonRequired"))
                : notice.getDate() == null ? Optional.of(new Message("contracts.error.dateRequired")) : Optional.empty());
        return saved ? Optional.of(new ReRecording(reason.getText().strip(), notice.getDate())) : Optional.empty();
    }

    /** The withdrawal date (today by default) and reason. */
    record Withdrawal(LocalDate date, String reason) {
    }

    Optional<Withdrawal> withdrawal(Component parent) {
        DatePicker date = Fields.date(messages, today(), clock.instant().atZone(centreZone.get()).toLocalDate());
        JTextField reason = new JTextField(24);
        FormDialog form = new FormDialog(parent, "withdrawalDialog", messages.get("contracts.withdraw.title"), messages)
                .field("contracts.field.withdrawalDate", date, "withdrawalDate")
                .field("contracts.field.withdrawalReason", reason, "withdrawalReason");
        boolean saved = form.ask(() -> date.getDate() == null
                ? Optional.of(new Message("contracts.error.dateRequired")) : Optional.empty());
        return saved ? Optional.of(new Withdrawal(date.getDate(), reason.getText().strip())) : Optional.empty();
    }
}

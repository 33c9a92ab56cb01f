package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.cases.CasePromise;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.cases.OpenCaseRequest;
import java.awt.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;

/** The cases screen's dialogs: a new case, an answer, a due time, a typed number, a pasted SMS, a template. */
final class CaseDialogs {

    private final Component parent;
    private final CaseTexts texts;
    private final Messages messages;
    private final Supplier<ZoneId> zone;
    private final Supplier<Instant> now;

    CaseDialogs(Component parent, CaseTexts texts, Messages messages, Supplier<ZoneId> zone,
                Supplier<Instant> now) {
        this.parent = parent;
        this.texts = texts;
        this.messages = messages;
        this.zone = zone;
        this.now = now;
    }

    Optional<CasesView.Answer> askAnswer(CaseStep step) {
        FormDialog form = new FormDialog(parent, "cases.answerDialog", texts.get("cases.answer.title",
                texts.party(step.party())), messages);
        form.note(step.question());
        JTextField answer = form.field(texts.get("cases.answer.text"), "cases.answer.text", new JTextField(24));
        JCheckBox fromDate = form.field("", "cases.answer.fromDate", new JCheckBox(texts.get("cases.answer.fromDate")));
        if (!form.show() || answer.getText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CasesView.Answer(answer.getText(), fromDate.isSelected()));
    }

    Optional<Instant> askDue(Instant current) {
        FormDialog form = new FormDialog(parent, "cases.dueDialog", texts.get("cases.due.title"), messages);
        form.note(texts.get("cases.due.hint", texts.when(current)));
        JTextField due = form.field(texts.get("cases.due.text"), "cases.due.text", new JTextField(16));
        while (form.show()) {
            Optional<Instant> parsed = DueText.parse(due.getText(), now.get(), zone.get());
            if (parsed.isPresent()) {
                return parsed;
            }
            JOptionPane.showMessageDialog(parent, texts.get("cases.due.bad", due.getText()));
        }
        return Optional.empty();
    }

    Optional<OpenCaseRequest> askNewCase(Long leadId, String customer, List<CaseTemplate> templates) {
        FormDialog form = new FormDialog(parent, "cases.newDialog", texts.get("cases.new.title"), messages);
        JTextField number = leadId == null ? form.field(texts.get("cases.new.number"), "cases.new.number",
                new JTextField(16)) : null;
        if (leadId != null) {
            form.note(texts.get("cases.new.customer", customer));
        }
        JTextField title = form.field(texts.get("cases.new.caseTitle"), "cases.new.caseTitle", new JTextField(24));
        JTextField problem = form.field(texts.get("cases.new.problem"), "cases.new.problem", new JTextField(24));
        JTextField promise = form.field(texts.get("cases.new.promise"), "cases.new.promise", new JTextField(24));
        JTextField by = form.field(texts.get("cases.new.promiseBy"), "cases.new.promiseBy", new JTextField(16));
        JComboBox<String> template = form.field(texts.get("cases.new.template"), "cases.new.template",
                new JComboBox<>());
        template.addItem(texts.get("cases.new.noTemplate"));
        templates.forEach(t -> template.addItem(t.name()));
        template.setSelectedIndex(templates.isEmpty() ? 0 : 1);
        if (!form.show() || title.getText().isBlank()) {
            return Optional.empty();
        }
        Optional<Instant> due = DueText.parse(by.getText(), now.get(), zone.get());
        CasePromise p = due.map(d -> new CasePromise(promise.getText(), d)).orElse(null);
        long templateId = template.getSelectedIndex() <= 0 ? 0 : templates.get(template.getSelectedIndex() - 1).id();
        return Optional.of(new OpenCaseRequest(leadId, number == null ? null : number.getText(), null, title.getText(),
                problem.getText(), templateId, p));
    }

    Optional<CasesView.NewStep> askNewStep(FollowUpCase c, List<InternalContact> contacts) {
        FormDialog form = new FormDialog(parent, "cases.stepDialog", texts.get("cases.step.title", c.title()), messages);
        JComboBox<String> party = form.field(texts.get("cases.col.party"), "cases.step.party", new JComboBox<>());
        party.addItem(texts.get("cases.party.customer"));
        contacts.forEach(k -> party.addItem(k.label()));
        JTextField question = form.field(texts.get("cases.col.question"), "cases.step.question", new JTextField(24));
        JTextField due = form.field(texts.get("cases.due.text"), "cases.step.due", new JTextField(texts.when(now.get()), 16));
        JCheckBox waits = form.field("", "cases.step.waits", new JCheckBox(texts.get("cases.step.waits"), true));
        if (!form.show()) {
            return Optional.empty();
        }
        Instant at = DueText.parse(due.getText(), now.get(), zone.get()).orElse(now.get());
        int index = party.getSelectedIndex();
        Party chosen = index <= 0 ? Party.customer() : Party.contact(contacts.get(index - 1));
        return Optional.of(new CasesView.NewStep(chosen, question.getText(), at, waits.isSelected()));
    }

    Optional<String> askNumber() {
        FormDialog form = new FormDialog(parent, "cases.numberDialog", texts.get("cases.inbox.typed.title"), messages);
        JTextField number = form.field(texts.get("cases.new.number"), "cases.inbox.number", new JTextField(16));
        return form.show() && !number.getText().isBlank() ? Optional.of(number.getText()) : Optional.empty();
    }

    Optional<String> askSms() {
        FormDialog form = new FormDialog(parent, "cases.smsDialog", texts.get("cases.inbox.sms.title"), messages);
        JTextField sms = form.field(texts.get("cases.inbox.sms.text"), "cases.inbox.sms", new JTextField(30));
        return form.show() && !sms.getText().isBlank() ? Optional.of(sms.getText()) : Optional.empty();
    }

    Optional<CasesView.ContactEntry> askContact(List<InternalContact> contacts) {
        FormDialog form = new FormDialog(parent, "cases.contactDialog", texts.get("cases.contact.title"), messages);
        JComboBox<String> pick = form.field(texts.get("cases.contact.pick"), "cases.contact.pick", new JComboBox<>());
        pick.addItem(texts.get("cases.contact.new"));
        contacts.forEach(k -> pick.addItem(k.label()));
        JTextField[] fields = new JTextField[5];
        String[] names = {"name", "team", "phone", "hours", "lunch"};
        for (int i = 0; i < fields.length; i++) {
            fields[i] = form.field(texts.get("cases.contact." + names[i]), "cases.contact." + names[i], new JTextField(20));
        }
        pick.addActionListener(e -> fill(fields, pick.getSelectedIndex() <= 0 ? null
                : contacts.get(pick.getSelectedIndex() - 1)));
        if (!form.show()) {
            return Optional.empty();
        }
        InternalContact edited = pick.getSelectedIndex() <= 0 ? null : contacts.get(pick.getSelectedIndex() - 1);
        return Optional.of(new CasesView.ContactEntry(edited, fields[0].getText(), fields[1].getText(),
                fields[2].getText(), fields[3].getText(), fields[4].getText()));
    }

    private static void fill(JTextField[] fields, InternalContact c) {
        fields[0].setText(c == null ? "" : c.name());
        fields[1].setText(c == null ? "" : c.team());
        fields[2].setText(c == null ? "" : c.phone().national());
        fields[3].setText(c == null ? "" : c.hours().start() + "-" + c.hours().end());
        fields[4].setText(c == null || c.hours().lunchStart() == null ? ""
                : c.hours().lunchStart() + "-" + c.hours().lunchEnd());
    }

    /** The template to edit (or a new one), its name and its steps, one a line: team|question|delay minutes. */
    Optional<CasesView.TemplateEntry> askTemplate(List<CaseTemplate> templates) {
        FormDialog form = new FormDialog(parent, "cases.templateDialog", texts.get("cases.template.dialog"), messages);
        JComboBox<String> pick = form.field(texts.get("cases.template.pick"), "cases.template.pick", new JComboBox<>());
        pick.addItem(texts.get("cases.template.new"));
        templates.forEach(t -> pick.addItem(t.name()));
        JTextField name = form.field(texts.get("cases.template.name"), "cases.template.name", new JTextField(24));
        form.note(texts.get("cases.template.hint"));
        JTextArea area = new JTextArea(8, 50);
        area.setName("cases.template.steps");
        form.field("", "cases.template.steps", new JScrollPane(area)).setName("cases.template.stepsScroll");
        pick.addActionListener(e -> {
            CaseTemplate t = pick.getSelectedIndex() <= 0 ? null : templates.get(pick.getSelectedIndex() - 1);
            name.setText(t == null ? "" : t.name());
            area.setText(t == null ? "" : t.stepsText());
        });
        pick.setSelectedIndex(templates.isEmpty() ? 0 : 1);
        if (!form.show()) {
            return Optional.empty();
        }
        CaseTemplate edited = pick.getSelectedIndex() <= 0 ? null : templates.get(pick.getSelectedIndex() - 1);
        return Optional.of(new CasesView.TemplateEntry(edited, name.getText(), area.getText()));
    }

    Optional<Boolean> askClose(FollowUpCase c) {
        Object[] options = {texts.get("cases.close.done"), texts.get("cases.close.cancelled"), texts.get("cases.form.cancel")};
        int choice = JOptionPane.showOptionDialog(parent, texts.get("cases.close.question", c.title()),
                texts.get("cases.close.title"), JOptionPane.DEFAULT_OPTION, JOptionPane.QUESTION_MESSAGE, null, options,
                options[0]);
        return choice == 0 ? Optional.of(true) : choice == 1 ? Optional.of(false) : Optional.empty();
    }
}

package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.Urgency;
import dev.dialdesk.domain.agenda.AgendaItem;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.cases.StepState;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.cases.OpenCaseRequest;
import dev.dialdesk.ui.action.BaseAction;
import java.awt.Color;
import java.awt.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * The cases screen: the "today" list (callbacks and case steps, overdue red), the agent's cases with the
 * steps of the selected one and its promise countdown, and the return-call inbox; each action with its
 * key from the key table. Logic in {@link CasesPresenter}.
 */
public final class CasesPanel extends JPanel implements CasesView {

    private final CasesPresenter presenter;
    private final CaseTexts texts;
    private final CaseDialogs dialogs;
    private final CaseTables tables;
    private final JLabel summary = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final List<BaseAction> actions = new ArrayList<>();
    private CasesSnapshot snapshot;

    public CasesPanel(CasesPresenter presenter, CaseTexts texts, Messages messages, FileOpener files) {
        super(new MigLayout("insets panel, fill, wrap 1", "[grow, fill]",
                "[][grow 40, fill][][grow 60, fill][][][grow 30, fill][][]"));
        this.presenter = presenter;
        this.texts = texts;
        this.dialogs = new CaseDialogs(this, texts, messages, texts::zone, texts::now);
        this.tables = new CaseTables(texts);
        setName("casesScreen");
        add(new JLabel(texts.get("cases.today.heading")));
        add(new JScrollPane(colour(tables.today, tables::todayUrgency)));
        add(new JLabel(texts.get("cases.cases.heading")));
        JPanel middle = new JPanel(new MigLayout("insets 0, fill", "[40%, fill][60%, fill]", "[grow, fill]"));
        middle.add(new JScrollPane(tables.cases));
        middle.add(new JScrollPane(colour(tables.steps, tables::stepUrgency)));
        add(middle);
        summary.setName("cases.summary");
        add(summary);
        add(new JLabel(texts.get("cases.inbox.heading")));
        add(new JScrollPane(tables.inbox));
        add(buttons(messages, files), "growx, wmin 0");
        message.setName("cases.message");
        message.setForeground(UIManager.getColor("Dialdesk.error.foreground"));
        add(message);
        tables.cases.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                tables.showSteps(selectedCase().orElse(null));
                summary.setText(selectedCase().map(texts::summary).orElse(" "));
                updateActions();
            }
        });
        for (JTable t : List.of(tables.today, tables.steps, tables.inbox)) {
            t.getSelectionModel().addListSelectionListener(e -> updateActions());
        }
        presenter.attach(this);
    }

    private JTable colour(JTable table, java.util.function.IntFunction<Urgency> urgency) {
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                           int row, int column) {
                super.getTableCellRendererComponent(t, value, selected, focused, row, column);
                Urgency u = urgency.apply(row);
                Color c = u == null || u == Urgency.CALM ? null : UIManager.getColor(u.themeKey() + ".foreground");
                if (!selected) {
                    setForeground(c != null ? c : t.getForeground());
                }
                return this;
            }
        });
        return table;
    }

    private JPanel buttons(Messages messages, FileOpener files) {
        // the buttons wrap onto more rows in a narrow window instead of running past its edge
        JPanel row = dev.dialdesk.ui.common.WrapLayout.row(java.awt.FlowLayout.LEFT);
        row.setName("casesToolbar");
        action(row, messages, "cases.new", () -> true, () -> presenter.newCase(null, ""));
        action(row, messages, "cases.callParty", this::hasStepOrItem, this::callSelected);
        action(row, messages, "cases.asked", this::hasStep, () -> onStep(presenter::asked));
        action(row, messages, "cases.answer", this::hasStep, () -> onStep(presenter::answer));
        action(row, messages, "cases.replan", this::hasStepOrItem, this::replanSelected);
        action(row, messages, "cases.snooze", this::hasItem, () -> selectedItem().ifPresent(presenter::snooze));
        action(row, messages, "cases.stepDone", this::hasStep, () -> onStep((c, s) -> presenter.finish(c, s, StepState.DONE)));
        action(row, messages, "cases.skip", this::hasStep, () -> onStep((c, s) -> presenter.finish(c, s, StepState.SKIPPED)));
        action(row, messages, "cases.addStep", () -> selectedCase().isPresent(),
                () -> selectedCase().ifPresent(presenter::addStep));
        action(row, messages, "cases.close", () -> selectedCase().isPresent(), () -> selectedCase().ifPresent(presenter::close));
        action(row, messages, "cases.inbox.typed", () -> true, presenter::typeNumber);
        action(row, messages, "cases.inbox.paste", () -> true, presenter::pasteSms);
        action(row, messages, "cases.inbox.callBack", () -> selectedReturn().isPresent(),
                () -> selectedReturn().ifPresent(presenter::callBack));
        action(row, messages, "cases.inbox.import", () -> true, () -> files.open(this).ifPresent(presenter::importMissedCalls));
        action(row, messages, "cases.contacts.import", () -> true, () -> files.open(this).ifPresent(presenter::importContacts));
        action(row, messages, "cases.contacts.edit", () -> true, presenter::editContact);
        action(row, messages, "cases.templates.edit", () -> true, presenter::editTemplate);
        action(row, messages, "cases.refresh", () -> true, presenter::refresh);
        return row;
    }

    private void action(JPanel row, Messages messages, String id, java.util.function.BooleanSupplier when,
                        Runnable command) {
        BaseAction action = new BaseAction(id, messages) {
            @Override
            protected void perform(java.awt.event.ActionEvent event) {
                command.run();
            }

            @Override
            public void updateEnabledState() {
                setEnabled(tables == null || when.getAsBoolean());
            }
        };
        KeyStroke key = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        if (key != null) {
            getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, id);
            getActionMap().put(id, action);
            for (JTable t : tables.all()) {
                t.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, id);
                t.getActionMap().put(id, action);
            }
        }
        actions.add(action);
        JButton button = new JButton(action);
        button.setName(id);
        row.add(button);
    }

    private void updateActions() {
        actions.forEach(BaseAction::updateEnabledState);
    }

    /** The today list acts on its item while it has the focus; elsewhere the selected step. */
    private boolean todayFocused() {
        return tables.today.isFocusOwner() && tables.today.getSelectedRow() >= 0;
    }

    private boolean hasStep() {
        return selectedCase().isPresent() && selectedStep().isPresent();
    }

    private boolean hasItem() {
        return selectedItem().isPresent();
    }

    private boolean hasStepOrItem() {
        return hasStep() || hasItem();
    }

    private void callSelected() {
        if (todayFocused() || !hasStep()) {
            selectedItem().ifPresent(presenter::callNow);
        } else {
            onStep(presenter::call);
        }
    }

    private void replanSelected() {
        if (todayFocused() || !hasStep()) {
            selectedItem().ifPresent(presenter::replan);
        } else {
            onStep(presenter::replan);
        }
    }

    private void onStep(java.util.function.BiConsumer<FollowUpCase, CaseStep> command) {
        selectedCase().ifPresent(c -> selectedStep().ifPresent(s -> command.accept(c, s)));
    }

    public Optional<FollowUpCase> selectedCase() {
        return CaseTables.selected(tables.cases, tables.caseRows);
    }

    public Optional<CaseStep> selectedStep() {
        return CaseTables.selected(tables.steps, tables.stepRows);
    }

    public Optional<AgendaItem> selectedItem() {
        return CaseTables.selected(tables.today, tables.todayRows);
    }

    public Optional<ReturnCall> selectedReturn() {
        return CaseTables.selected(tables.inbox, tables.inboxRows);
    }

    /** Selects a case (the call screen's card, a test). */
    public void selectCase(long caseId) {
        tables.selectCase(caseId);
    }

    public CaseTables tables() {
        return tables;
    }

    @Override
    public void show(CasesSnapshot loaded) {
        this.snapshot = loaded;
        tables.show(loaded);
        summary.setText(selectedCase().map(texts::summary).orElse(" "));
        updateActions();
    }

    public CasesSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public void showMessage(String text) {
        message.setText(text == null || text.isBlank() ? " " : text);
    }

    @Override
    public Optional<Answer> askAnswer(CaseStep step) {
        return dialogs.askAnswer(step);
    }

    @Override
    public Optional<Instant> askDue(Instant current) {
        return dialogs.askDue(current);
    }

    @Override
    public Optional<OpenCaseRequest> askNewCase(Long leadId, String customer, List<CaseTemplate> templates) {
        return dialogs.askNewCase(leadId, customer, templates);
    }

    @Override
    public Optional<ContactEntry> askContact(List<InternalContact> contacts) {
        return dialogs.askContact(contacts);
    }

    @Override
    public Optional<NewStep> askNewStep(FollowUpCase c, List<InternalContact> contacts) {
        return dialogs.askNewStep(c, contacts);
    }

    @Override
    public Optional<String> askNumber() {
        return dialogs.askNumber();
    }

    @Override
    public Optional<String> askSms() {
        return dialogs.askSms();
    }

    @Override
    public Optional<TemplateEntry> askTemplate(List<CaseTemplate> templates) {
        return dialogs.askTemplate(templates);
    }

    @Override
    public Optional<Boolean> askClose(FollowUpCase c) {
        return dialogs.askClose(c);
    }

    /** Picks a file to import (tests answer without a native dialog). */
    @FunctionalInterface
    public interface FileOpener {
        Optional<java.nio.file.Path> open(JComponent parent);
    }
}

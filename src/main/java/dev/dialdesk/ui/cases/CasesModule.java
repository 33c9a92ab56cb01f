package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.cases.CaseService;
import dev.dialdesk.service.cases.ContactDirectory;
import dev.dialdesk.service.cases.ReturnCallInbox;
import dev.dialdesk.service.cases.TodayAgenda;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.Timer;

/**
 * The follow-up chains' screens for the main window: the cases screen (built when first shown), the case
 * card beside the call screen, the status label with the next step, and the "new case" key that works
 * from anywhere in the window. A timer reloads the today list every minute (overdue turns red).
 */
public final class CasesModule {

    public static final int PERIOD_MS = 60_000;

    private final CasesPresenter presenter;
    private final CaseTexts texts;
    private final Messages messages;
    private final CasesPanel.FileOpener files;
    private final CaseCard card;
    private final JLabel status = new JLabel(" ");
    private final Timer timer;
    private CasesPanel panel;

    public CasesModule(CaseService cases, ReturnCallInbox inbox, TodayAgenda today, ContactDirectory contacts,
                       CaseActions actions, Messages messages, ErrorReporter errors, AgentId agent,
                       CasesPanel.FileOpener files) {
        this(cases, inbox, today, contacts, actions, messages, new BackgroundTaskRunner(errors, null), errors, agent,
                files);
    }

    CasesModule(CaseService cases, ReturnCallInbox inbox, TodayAgenda today, ContactDirectory contacts,
                CaseActions actions, Messages messages, TaskRunner worker, ErrorReporter errors, AgentId agent,
                CasesPanel.FileOpener files) {
        Edt.assertEdt();
        this.messages = messages;
        this.files = files;
        this.texts = new CaseTexts(messages, cases::zone, cases::now);
        this.presenter = new CasesPresenter(cases, inbox, today, contacts, actions, texts, worker, error -> {
            errors.log("Cases", error);
            return errors.describe(error);
        }, agent);
        this.card = new CaseCard(presenter, texts, messages);
        status.setName("cases.status");
        presenter.addListener(this::showStatus);
        presenter.addCallingListener(context -> card.show(new CasesPresenter.CardContent(context, List.of())));
        this.timer = new Timer(PERIOD_MS, e -> presenter.refresh());
    }

    /** The cases screen, built on first call. */
    public CasesPanel panel() {
        Edt.assertEdt();
        if (panel == null) {
            panel = new CasesPanel(presenter, texts, messages, files);
            if (presenter.current() != null) {
                panel.show(presenter.current());
            }
            presenter.refresh();
        }
        return panel;
    }

    public CasesPresenter presenter() {
        return presenter;
    }

    /** The card beside the call screen. */
    public CaseCard card() {
        return card;
    }

    /** The call screen showed a lead: the card shows its open case, if any. */
    public Consumer<QueuedLead> leadShown() {
        return lead -> presenter.cardFor(lead.leadId(), lead.lead().phone(), card::show);
    }

    /** For the status bar: "Next step 13:00 생산팀 · 2 overdue". */
    public JLabel statusLabel() {
        return status;
    }

    /**
     * Binds "new case" to the window (from the customer on screen when {@code customer} gives one) and
     * starts the reload timer.
     */
    public void install(JRootPane root, java.util.function.Supplier<java.util.Optional<QueuedLead>> customer,
                        Runnable showScreen) {
        BaseAction open = BaseAction.of("cases.newFromCall", messages, () -> {
            showScreen.run();
            panel();
            customer.get().ifPresentOrElse(q -> presenter.newCase(q.leadId(), q.lead().name()),
                    () -> presenter.newCase(null, ""));
        });
        // A missed call is noted from anywhere in the window, in two keys (then the number or the SMS).
        BaseAction typed = BaseAction.of("cases.inbox.typed", messages, () -> {
            panel();
            presenter.typeNumber();
        });
        BaseAction paste = BaseAction.of("cases.inbox.paste", messages, () -> {
            panel();
            presenter.pasteSms();
        });
        for (BaseAction action : java.util.List.of(open, typed, paste)) {
            KeyStroke key = (KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
            root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(key, action.id());
            root.getActionMap().put(action.id(), action);
        }
        timer.start();
        presenter.refresh();
    }

    public void stop() {
        timer.stop();
    }

    public void refresh() {
        presenter.refresh();
    }

    private void showStatus(CasesSnapshot snapshot) {
        long overdue = snapshot.overdue();
        String next = snapshot.today().stream().filter(i -> i.open() && !i.dueAt().isBefore(snapshot.now()))
                .findFirst().map(i -> texts.get("cases.status.next", texts.when(i.dueAt()), i.who())).orElse("");
        status.setText(overdue == 0 ? next : texts.get("cases.status.overdue", overdue, next));
    }

    /** The tab's title with the count of what is due or overdue today. */
    public String navigationTitle() {
        CasesSnapshot s = presenter.current();
        long open = s == null ? 0 : s.today().stream().filter(i -> i.open()).count() + s.returnCalls().size();
        return open == 0 ? messages.get("screen.cases") : messages.get("cases.screen.count", open);
    }
}

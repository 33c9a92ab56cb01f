package dev.dialdesk.app;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.ScreenHost;
import dev.dialdesk.ui.calls.CallPanel;
import dev.dialdesk.ui.calls.CallbackTimes;
import dev.dialdesk.ui.calls.DispositionFollowUp;
import dev.dialdesk.ui.callbacks.CallbacksModule;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.contracts.ContractsModule;
import dev.dialdesk.ui.stats.StatsDashboardPanel;
import java.awt.EventQueue;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The agent's screens beyond the lead list, and how they meet the call loop: the callback agenda with
 * its reminders (예약콜 opens the booking), the contracts view with its QA countdowns (청약 opens the
 * contract entry; "book re-recording" opens the booking with its deadline). Built on the event
 * thread, after {@link CompositionRoot#calls()} and {@link CompositionRoot#contracts()} were first
 * called off it (the launcher does that while the look and feel installs).
 */
final class FeatureScreens implements DispositionFollowUp {

    private final CompositionRoot root;
    private final Supplier<MainFrame> frame;
    private CallbacksModule callbacks;
    private ContractsModule contracts;
    private Supplier<CallPanel> callPanel;
    /** The stats dashboard once its tab was first shown (live updates refresh it), else null. */
    private volatile StatsDashboardPanel dashboard;

    FeatureScreens(CompositionRoot root, Supplier<MainFrame> frame) {
        this.root = root;
        this.frame = frame;
    }

    /** Builds the modules; {@code calls} receives "call now" from the agenda. */
    void build(ErrorReporter errors, AgentId agent, Supplier<CallPanel> calls, ScreenHost screens) {
        Messages messages = root.messages();
        this.callPanel = calls;
        CallbackServices callbackServices = root.callbacks();
        callbacks = new CallbacksModule(callbackServices.service(), callbackServices.agenda(), messages, errors, agent,
                leadId -> calls.get().presenter().open(leadId), () -> screens.show("callbacks"));
        contracts = new ContractsModule(root.contracts().service(), messages, errors, root.clock(),
                () -> root.settings().get(SettingKeys.CENTRE_ZONE), agent,
                (leadId, contractId, deadline, customer) -> callbacks.booking().open(frame.get(), leadId, customer,
                        CallbackKind.RE_RECORDING, contractId, Optional.empty(), booked -> contracts.reload()));
        contracts.presenter().useHappyCalls(root.rules().happyCalls());
        // The agenda and the contracts view are built when their tab is first shown; the reminders, the
        // status labels and the QA card beside the call panel work from the start.
        screens.add(ScreenHost.Screen.lazy("callbacks", messages.get("screen.callbacks"), callbacks::agendaPanel));
        screens.add(ScreenHost.Screen.lazy("contracts", messages.get("screen.contracts"), contracts::view));
        // The numbers of every agent in this database: on an agent's own desk that is their own; on a
        // team lead's (day reports imported, or one shared database) the whole team.
        // Its services too are built when the tab is first shown: the day reports' JSON codec (Jackson) and
        // the exporters are not on the start-up path (docs/startup.md).
        screens.add(ScreenHost.Screen.lazy("stats", messages.get("screen.stats"), () -> {
            StatsServices stats = root.stats();
            dashboard = StatsDashboardPanel.create(stats.stats(), stats.exporter(), messages, errors, Optional.empty(),
                    stats.dayReports(), stats.history(), root.settings());
            return dashboard;
        }));
        // The pop-up notice also announces the case steps coming due (issue 15).
        callbacks.alsoRemind(id -> root.cases().today().today(id).stream()
                .filter(i -> i.source() == dev.dialdesk.domain.agenda.AgendaItem.Source.CASE_STEP).toList());
        callbacks.reminders().addCountListener(count ->
                screens.retitle("callbacks", callbacks.reminders().navigationTitle()));
        // Every recorded call may complete a callback or close a sale: both screens follow; so does an undo.
        root.calls().callService().addRecordedListener(recorded -> EventQueue.invokeLater(() -> {
            callbacks.refresh();
            contracts.reload();
        }));
        root.calls().callService().addUndoneListener(undone -> EventQueue.invokeLater(() -> {
            callbacks.refresh();
            contracts.reload();
        }));
        // A lead whose booking was cancelled after 예약콜 asks for a time when it is next on screen.
        calls.get().presenter().useCallbackTimes(new CallbackTimes() {
            @Override
            public boolean awaitsTime(long leadId) {
                return callbackServices.agenda().awaitsTime(leadId);
            }

            @Override
            public void askForTime(dev.dialdesk.domain.Lead lead, Runnable done) {
                callbacks.booking().openForCall(frame.get(), lead.id(), customer(lead), booked -> { });
                calls.get().focusLoop();
                done.run();
            }
        });
    }

    /** Tells {@code marks} the leads whose callback has no time, after every agenda load. */
    void markWithoutTime(java.util.function.Consumer<java.util.Set<Long>> marks) {
        callbacks.addAgendaListener(agenda -> marks.accept(agenda.withoutTime().stream()
                .map(dev.dialdesk.domain.callbacks.UnscheduledCallback::leadId)
                .collect(java.util.stream.Collectors.toSet())));
    }

    /** The QA deadlines card, for the column beside the call panel. */
    javax.swing.JComponent qaDeadlines() {
        return contracts.homePanel();
    }

    /** Puts the reminders and the status-bar labels into the window and starts the timers. */
    void install(MainFrame window) {
        window.addStatusComponent(contracts.statusLabel());
        window.addStatusComponent(callbacks.nextCallbackLabel());
        callbacks.install(window);
        contracts.start();
    }

    /** Live updates (LiveWiring), on the event thread: the agenda, the contracts with their QA countdowns. */
    void refreshAgendaAndContracts(boolean agenda, boolean contractsToo) {
        if (agenda) {
            callbacks.refresh();
        }
        if (contractsToo) {
            contracts.reload();
        }
    }

    /** Live updates: the dashboard's figures, when its tab has been shown. */
    void refreshDashboard() {
        if (dashboard != null) {
            dashboard.refresh();
        }
    }

    void stop() {
        callbacks.stop();
        contracts.stop();
    }

    /** 예약콜 books the callback, 청약 records the contract; the next lead comes when the dialog closes. */
    @Override
    public void afterRecorded(Outcome outcome, Runnable done) {
        long leadId = outcome.lead().id();
        switch (outcome.disposition().code()) {
            case "CALLBACK" -> callbacks.booking().openForCall(frame.get(), leadId, customer(outcome.lead()),
                    booked -> { });
            case "CONTRACT" -> contracts.openContractEntry(frame.get(), outcome.attempt().id(), leadId,
                    outcome.lead().product(), created -> callPanel.get().presenter().refreshShift());
            default -> { }
        }
        // Both dialogs are modal: by now the agent has booked, entered or cancelled. The keyboard goes
        // back to the call loop, so the next key (F2, F3, a number) works without a click.
        frame.get().toFront();
        callPanel.get().focusLoop();
        done.run();
    }

    /** The customer as a dialog title names them: name and number ("다람이 · 010-1234-5678"). */
    private static String customer(dev.dialdesk.domain.Lead lead) {
        return lead.name().isBlank() ? lead.phone().national() : lead.name() + " · " + lead.phone().national();
    }
}

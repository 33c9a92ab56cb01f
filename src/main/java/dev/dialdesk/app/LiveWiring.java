package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.live.Change;
import dev.dialdesk.domain.live.ChangeBatch;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.live.LiveUpdates;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.calls.CallPanel;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.common.TaskRunner;
import dev.dialdesk.ui.leads.LeadListPresenter;
import dev.dialdesk.ui.leads.LeadScreen;
import dev.dialdesk.ui.live.ServerLinkLabel;
import java.awt.EventQueue;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.swing.Timer;

/**
 * Live updates on a desk of the team server (issue 13): what other desks change reaches this window's
 * screens through their own reload paths (off the event thread): the lead list's rows (a reassigned lead
 * leaves it, leads dealt here join it), the agenda, the follow-up cases, the contracts with their QA
 * countdowns, the dashboard (at most once a second), and the lead on the call panel when its number goes on
 * the do-not-call list.
 * After a reconnect everything is read again. The status bar says when the link to the server is lost
 * and when it is back. On a desk's own file nothing is wired.
 */
final class LiveWiring implements LiveUpdates.Listener {

    private static final int DASHBOARD_DELAY_MS = 1_000;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm");

    private final CompositionRoot root;
    private final String agent;
    private final LeadScreen leads;
    private final CallPanel calls;
    private final FeatureScreens features;
    private final Runnable casesChanged;
    private final ServerLinkLabel link;
    private final TaskRunner tasks;
    private final DoNotCallStore doNotCall;
    private final Timer dashboardLater;

    private LiveWiring(CompositionRoot root, ErrorReporter errors, Agent agent, MainFrame frame, LeadScreen leads,
                       CallPanel calls, FeatureScreens features, Runnable casesChanged) {
        this.root = root;
        this.agent = agent.id().value();
        this.leads = leads;
        this.calls = calls;
        this.features = features;
        this.casesChanged = casesChanged;
        this.link = new ServerLinkLabel(root.messages());
        this.tasks = new BackgroundTaskRunner(errors, frame);
        this.doNotCall = root.calls().doNotCallStore();
        this.dashboardLater = new Timer(DASHBOARD_DELAY_MS, e -> features.refreshDashboard());
        dashboardLater.setRepeats(false);
        frame.addStatusComponent(link);
    }

    /**
     * Wires the window to the server's changes and starts listening (event thread; the database is open).
     * {@code casesChanged} reloads the follow-up cases (on the event thread; the screen loads off it).
     */
    static void install(CompositionRoot root, ErrorReporter errors, Agent agent, MainFrame frame, LeadScreen leads,
                        CallPanel calls, FeatureScreens features, Runnable casesChanged) {
        if (!root.onServer()) {
            return;
        }
        LiveUpdates live = root.liveUpdates();
        live.addListener(new LiveWiring(root, errors, agent, frame, leads, calls, features, casesChanged));
        live.start();
    }

    @Override
    public void changed(ChangeBatch batch) {
        EventQueue.invokeLater(() -> apply(batch));
    }

    @Override
    public void linkLost(Instant since) {
        String time = since.atZone(root.settings().get(SettingKeys.CENTRE_ZONE)).format(SINCE);
        EventQueue.invokeLater(() -> link.showLost(time));
    }

    @Override
    public void linkBack() {
        EventQueue.invokeLater(link::showBack);
    }

    /** On the event thread; each screen reloads off it. The team lead's desk (several agents listed) hears all. */
    private void apply(ChangeBatch batch) {
        LeadListPresenter list = leads.presenter();
        boolean floor = list.showsSeveralAgents();
        if (batch.has(Change.Kind.LEAD)) {
            list.leadsChanged(batch.ids(Change.Kind.LEAD), batch.allIds(Change.Kind.LEAD),
                    floor || batch.names(Change.Kind.LEAD, agent));
        }
        boolean cases = concerns(batch, Change.Kind.CASE, floor);
        boolean agenda = concerns(batch, Change.Kind.CALLBACK, floor) || cases;
        if (cases) {
            casesChanged.run();
        }
        boolean contracts = concerns(batch, Change.Kind.CONTRACT, floor);
        features.refreshAgendaAndContracts(agenda, contracts);
        if (contracts || concerns(batch, Change.Kind.CALL, floor)) {
            if (!dashboardLater.isRunning()) {
                dashboardLater.start();
            }
        }
        if (batch.has(Change.Kind.DNC)) {
            calls.presenter().currentLead().ifPresent(this::checkDoNotCall);
        }
        if (batch.resync()) {
            calls.presenter().refreshShift();
        }
    }

    private boolean concerns(ChangeBatch batch, Change.Kind kind, boolean floor) {
        return floor ? batch.has(kind) : batch.concerns(kind, agent);
    }

    /** The lead on screen against the list (off the event thread); a failure is logged: the dial checks again. */
    private void checkDoNotCall(QueuedLead shown) {
        String product = shown.lead().product() == null ? "" : shown.lead().product();
        tasks.run("Checking the lead on screen against the do-not-call list",
                () -> doNotCall.findFor(shown.lead().phone(), product).isPresent(),
                listed -> {
                    if (listed) {
                        calls.presenter().showDoNotCall(shown.leadId());
                    }
                },
                failure -> org.slf4j.LoggerFactory.getLogger(LiveWiring.class)
                        .warn("The do-not-call check of a live update failed; the dial checks again", failure));
    }
}

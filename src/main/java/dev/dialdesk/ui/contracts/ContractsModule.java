package dev.dialdesk.ui.contracts;

import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.Component;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.Timer;

/**
 * Everything the main window needs from contracts, built on the event thread from the services:
 * the contracts view, the home panel card, the status-bar label, the contract-entry dialog for the
 * call screen, and the ONE minute timer that ticks all countdowns from memory.
 *
 * <pre>
 * ContractsModule contracts = new ContractsModule(root.contracts().service(), messages, errors, clock,
 *         centreZone, agentId, booker);
 * contracts.view(); contracts.homePanel(); frame.addStatusComponent(contracts.statusLabel());
 * contracts.start();            // loads the list and starts the minute timer
 * </pre>
 */
public final class ContractsModule {

    private static final int MINUTE_MS = 60_000;

    private final ContractsPresenter presenter;
    private final QaDeadlinesPanel homePanel;
    private final QaStatusLabel statusLabel;
    private final ContractDialogs dialogs;
    private final Messages messages;
    private final Clock clock;
    /** Built when first shown: the home panel and the status label follow the presenter meanwhile. */
    private ContractsPanel view;
    private Timer timer;

    /**
     * @param booker opens the callback booking for a re-recording (the callback scheduler's dialog)
     */
    public ContractsModule(ContractService service, Messages messages, ErrorReporter errors, Clock clock,
                           ZoneId centreZone, AgentId agent, ReRecordingBooker booker) {
        this(service, messages, errors, clock, () -> centreZone, agent, booker);
    }

    /** @param centreZone the centre's zone, read at each dialog (a zone change applies at once) */
    public ContractsModule(ContractService service, Messages messages, ErrorReporter errors, Clock clock,
                           java.util.function.Supplier<ZoneId> centreZone, AgentId agent, ReRecordingBooker booker) {
        Edt.assertEdt();
        this.clock = clock;
        this.messages = messages;
        this.presenter = new ContractsPresenter(service, new BackgroundTaskRunner(errors, null), booker,
                clock, agent, messages);
        this.dialogs = new ContractDialogs(messages, clock, centreZone);
        this.homePanel = new QaDeadlinesPanel(presenter, messages);
        this.statusLabel = new QaStatusLabel(presenter);
        presenter.addView(homePanel);
        presenter.addView(statusLabel);
    }

    /**
     * The contracts view (table, QA actions, filter), built on the first call (when its screen is first
     * shown) so that start-up does not pay for it; it shows the contracts already loaded.
     */
    public JComponent view() {
        Edt.assertEdt();
        if (view == null) {
            ContractActions actions = new ContractActions(presenter, dialogs, messages, this::dialogParent);
            view = new ContractsPanel(presenter, new ContractsTableModel(presenter.model(), messages, clock), actions,
                    messages);
            presenter.addView(view);
            view.rowsChanged();
        }
        return view;
    }

    /** Where error messages and dialogs open: the contracts view once built, else the QA card. */
    private Component dialogParent() {
        return view != null ? view : homePanel;
    }

    /** The "QA deadlines" card for the agent's home panel. */
    public JComponent homePanel() {
        return homePanel;
    }

    /** The status-bar label ("QA: 1 case, 5h 40m left"). */
    public JComponent statusLabel() {
        return statusLabel;
    }

    public ContractsPresenter presenter() {
        return presenter;
    }

    /** Loads the contracts and starts the minute timer (first tick at the next whole minute). */
    public void start() {
        Edt.assertEdt();
        presenter.load();
        if (timer == null) {
            long intoMinute = clock.millis() % MINUTE_MS;
            timer = new Timer(MINUTE_MS, e -> presenter.tick());
            timer.setInitialDelay((int) (MINUTE_MS - intoMinute + 50));
            timer.start();
        }
    }

    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    /** Reloads after something outside the view changed contracts. */
    public void reload() {
        presenter.load();
    }

    /**
     * The contract-entry dialog the call screen opens after the 청약 disposition: product, monthly
     * premium, contract date and time (now), application number, notes. Saves off the event thread
     * and calls {@code created} on it.
     *
     * @param attemptId the call attempt that closed the sale, or null
     */
    public void openContractEntry(Component parent, Long attemptId, long leadId, String productHint,
                                  Consumer<Contract> created) {
        Edt.assertEdt();
        dialogs.entry(parent, productHint).ifPresent(draft -> presenter.create(attemptId, leadId, draft, created));
    }

    /** How often the countdowns are recomputed. */
    public static Duration tickInterval() {
        return Duration.ofMillis(MINUTE_MS);
    }
}

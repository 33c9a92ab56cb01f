package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyBindings;
import dev.dialdesk.ui.calls.CallPanel;
import dev.dialdesk.ui.calls.CallTexts;
import dev.dialdesk.ui.calls.timeline.ReRecordingCard;
import dev.dialdesk.ui.calls.timeline.TimelinePanel;
import dev.dialdesk.ui.calls.timeline.TimelinePresenter;
import dev.dialdesk.ui.calls.timeline.TimelineTexts;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.ErrorReporter;
import javax.swing.JComponent;

/**
 * The customer's timeline and the QA re-recording card on the call panel (issue 14): the timeline
 * where the lead's earlier calls were, read for each lead shown and again after each recorded
 * outcome; the re-recording card on top of it with its re-recorded key; the contract key's second-contract guard.
 */
final class TimelineWiring {

    private TimelineWiring() {
    }

    /**
     * The call panel's view that says, when no lead can be called now, how many leads wait for calling
     * hours and when they open (issue 14 item 7).
     */
    static dev.dialdesk.ui.calls.CallView hoursWait(CompositionRoot root, ErrorReporter errors, Agent agent,
                                                     dev.dialdesk.ui.calls.CallView panel) {
        CallLoopServices calls = root.calls();
        dev.dialdesk.service.calls.HoursWait wait = new dev.dialdesk.service.calls.HoursWait(
                new dev.dialdesk.storage.jdbc.JdbcWaitingLeads(root.database()), calls.policies(), root.clock());
        return new dev.dialdesk.ui.calls.hours.HoursWaitView(panel, wait, agent.id(), root.messages(),
                new BackgroundTaskRunner(errors, null));
    }

    static TimelinePresenter install(CompositionRoot root, ErrorReporter errors, Agent agent, CallPanel panel,
                                     CallTexts texts) {
        CallLoopServices calls = root.calls();
        ReRecordingCard card = new ReRecordingCard(root.messages());
        TimelinePanel timeline = new TimelinePanel(root.messages(), card);
        TimelinePresenter presenter = new TimelinePresenter(timeline, root.customerTimeline(),
                root.contracts().service(), calls.callService()::dispositions, texts::label,
                new BackgroundTaskRunner(errors, null), new TimelineTexts(root.messages(), calls.policies()::centreZone),
                root.clock(), agent.id());
        card.wire(presenter::reRecorded, presenter::tick);
        panel.showTimelineInstead(timeline);
        panel.presenter().addLeadListener(presenter::leadShown);
        panel.presenter().useContractGuard(presenter::secondContractWarning);
        calls.callService().addRecordedListener(recorded -> javax.swing.SwingUtilities.invokeLater(
                () -> presenter.recorded(recorded.attempt().leadId())));
        KeyBindings.bind(panel, JComponent.WHEN_IN_FOCUSED_WINDOW,
                BaseAction.of("calls.reRecorded", root.messages(), presenter::reRecorded));
        return presenter;
    }
}

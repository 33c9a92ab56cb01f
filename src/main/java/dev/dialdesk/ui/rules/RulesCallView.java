package dev.dialdesk.ui.rules;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.ui.calls.CallModels;
import dev.dialdesk.ui.calls.CallView;
import dev.dialdesk.ui.calls.ForwardingCallView;
import dev.dialdesk.ui.common.TaskRunner;
import java.util.List;

/**
 * The call panel's view with the rules' card listening in: every call to the panel goes through
 * unchanged; a lead shown, the call connecting and the outcome recorded also tell the
 * {@link CallRulesPresenter}. The session is read off the event thread (its methods may wait for a save).
 */
public final class RulesCallView extends ForwardingCallView {

    private final CallSession session;
    private final TaskRunner tasks;
    private final CallRulesPresenter rules;

    private record Snapshot(Lead lead, ActiveCall call) {
    }

    public RulesCallView(CallView panel, CallSession session, TaskRunner tasks, CallRulesPresenter rules) {
        super(panel);
        this.session = session;
        this.tasks = tasks;
        this.rules = rules;
    }

    private void follow(CallSession.Phase phase) {
        tasks.run("Reading the call for the rules' card", () -> new Snapshot(
                session.current().map(QueuedLead::lead).orElse(null), session.call().orElse(null)), now -> {
                    rules.leadShown(now.lead());
                    if (now.call() != null && (phase == CallSession.Phase.IN_CALL || phase == CallSession.Phase.WRAP_UP)) {
                        rules.callStarted(now.call());
                    } else if (phase == CallSession.Phase.IDLE || phase == CallSession.Phase.LEAD_SHOWN) {
                        rules.callRecorded();
                    }
                });
    }

    @Override
    public void showLead(CallModels.LeadCard card, List<CallModels.HistoryRow> history) {
        panel.showLead(card, history);
        follow(CallSession.Phase.LEAD_SHOWN);
    }

    @Override
    public void showNoLead(String message) {
        panel.showNoLead(message);
        rules.leadShown(null);
    }

    @Override
    public void showPhase(CallSession.Phase phase) {
        panel.showPhase(phase);
        if (phase == CallSession.Phase.IN_CALL || phase == CallSession.Phase.IDLE) {
            follow(phase);
        }
    }

}

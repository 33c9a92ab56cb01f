package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyBindings;
import dev.dialdesk.ui.calls.CallPanel;
import dev.dialdesk.ui.calls.CallView;
import dev.dialdesk.ui.calls.DispositionFollowUp;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.rules.CallRulesCard;
import dev.dialdesk.ui.rules.CallRulesPresenter;
import dev.dialdesk.ui.rules.OpeningCheckFollowUp;
import dev.dialdesk.ui.rules.RulesCallView;
import java.util.function.Supplier;
import javax.swing.JComponent;

/**
 * The rules' card on the call panel (issue 16): the marks on the lead, the opening statement and its
 * key, and the one question when a contract is recorded on a call without the opening marked said.
 */
final class CallRulesWiring {

    private final CompositionRoot root;
    private final Agent agent;
    private final Supplier<MainFrame> frame;
    private final BackgroundTaskRunner tasks;
    private final CallRulesCard card;
    private final CallRulesPresenter presenter;

    CallRulesWiring(CompositionRoot root, ErrorReporter errors, Agent agent, Supplier<MainFrame> frame) {
        this.root = root;
        this.agent = agent;
        this.frame = frame;
        this.tasks = new BackgroundTaskRunner(errors, null);
        this.card = new CallRulesCard(root.messages());
        RulesServices rules = root.rules();
        this.presenter = new CallRulesPresenter(card, rules.marks(), rules.openings(), tasks, root.messages(),
                root.calls().policies()::centreZone, agent.id());
        card.onSaid(presenter::markSaid);
    }

    /** The panel's view, with the card listening in. */
    CallView view(CallView panel, CallSession session) {
        return new RulesCallView(panel, session, tasks, presenter);
    }

    /** The follow-up of 청약 asks about the opening first when it was not marked said. */
    DispositionFollowUp followUp(DispositionFollowUp next) {
        return new OpeningCheckFollowUp(next, root.rules().openings(), tasks, agent.id(),
                OpeningCheckFollowUp.dialog(root.messages(), frame::get));
    }

    /**
     * The QA deadlines card with the cases at risk under it, read at start and after every recorded call.
     */
    static JComponent withQaRisk(CompositionRoot root, ErrorReporter errors, Agent agent, JComponent qaDeadlines) {
        dev.dialdesk.ui.rules.QaRiskCard card = new dev.dialdesk.ui.rules.QaRiskCard(root.messages(),
                root.rules().marks(), new BackgroundTaskRunner(errors, null), agent.id(),
                root.calls().policies()::centreZone);
        root.calls().callService().addRecordedListener(recorded -> java.awt.EventQueue.invokeLater(card::reload));
        card.reload();
        javax.swing.JPanel column = new javax.swing.JPanel(new java.awt.BorderLayout());
        column.add(qaDeadlines, java.awt.BorderLayout.CENTER);
        column.add(card, java.awt.BorderLayout.SOUTH);
        return column;
    }

    /** Marks the leads avoiding calls in the list, now and after every recorded call. */
    void markList(dev.dialdesk.ui.leads.LeadScreen leads) {
        Runnable reload = () -> tasks.run("Reading the leads avoiding calls",
                () -> root.rules().marks().avoidingLeads(agent.id()), leads::markAvoiding);
        root.calls().callService().addRecordedListener(recorded -> java.awt.EventQueue.invokeLater(reload));
        reload.run();
    }

    /** Puts the card under the lead and binds its key anywhere in the window. */
    void install(CallPanel panel) {
        panel.addCard(card);
        KeyBindings.bind(panel, JComponent.WHEN_IN_FOCUSED_WINDOW,
                BaseAction.of("calls.openingSaid", root.messages(), presenter::markSaid));
        // 연락금지요구 for this product only: the do-not-call list's product scope, audited there
        panel.presenter().useProductStop(lead -> root.calls().doNotCall().stopForProduct(lead.phone(),
                lead.product(), agent.id()));
        KeyBindings.bind(panel, JComponent.WHEN_IN_FOCUSED_WINDOW,
                BaseAction.of("calls.stopForProduct", root.messages(), panel.presenter()::stopForProduct));
    }
}

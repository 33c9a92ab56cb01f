package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyText;
import dev.dialdesk.ui.calls.CallPanel;
import dev.dialdesk.ui.calls.CallPresenter;
import dev.dialdesk.ui.calls.CallTexts;
import dev.dialdesk.ui.calls.ClipboardDialer;
import dev.dialdesk.ui.calls.DispositionFollowUp;
import dev.dialdesk.ui.calls.UriDialer;
import dev.dialdesk.ui.calls.settings.CallSettingsDialog;
import dev.dialdesk.ui.calls.settings.ListImports;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.ErrorReporter;
import dev.dialdesk.ui.leads.LeadScreen;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.Action;

/**
 * The call screen's part of the main window: registers the window's dialers (clipboard, tel:/sip:
 * link), builds the call panel on the call loop's services, sends leads opened in the list to it, and
 * makes the Tools menu (settings, do-not-call and holiday imports).
 */
final class CallScreenWiring {

    private final CompositionRoot root;
    private final ErrorReporter errors;
    private final Agent agent;
    private final Supplier<MainFrame> frame;
    private final CallPanel panel;

    CallScreenWiring(CompositionRoot root, ErrorReporter errors, Agent agent, LeadScreen leads,
                     DispositionFollowUp followUp, Supplier<MainFrame> frame) {
        this.root = root;
        this.errors = errors;
        this.agent = agent;
        this.frame = frame;
        CallLoopServices calls = root.calls();
        calls.dialers().register(new ClipboardDialer(root.settings()));
        calls.dialers().register(new UriDialer(root.settings()));
        CallTexts texts = new CallTexts(root.messages(), calls.policies()::centreZone,
                id -> leads.presenter().batchName(id), KeyText::of);
        CallRulesWiring rules = new CallRulesWiring(root, errors, agent, frame);
        var session = calls.session(agent.id());
        panel = new CallPanel(root.messages(), root.clock(), view -> new CallPresenter(rules.view(TimelineWiring.hoursWait(root, errors, agent, view), session),
                session, calls.callService(), calls.shiftStats(),
                new BackgroundTaskRunner(errors, null), texts, rules.followUp(followUp)));
        rules.install(panel);
        TimelineWiring.install(root, errors, agent, panel, texts);
        rules.markList(leads);
        leads.presenter().onOpen(panel.presenter()::open);
        // the lead on the call is the customer on screen: the lead screen follows the call panel
        panel.presenter().onLeadShown(leads.presenter()::followCall);
        // a recorded call changes its lead's status and attempts: the lead list reloads that one row
        calls.callService().addRecordedListener(recorded -> javax.swing.SwingUtilities.invokeLater(
                () -> leads.presenter().leadChanged(recorded.attempt().leadId())));
        // Ctrl+Z (Tools menu): the status bar says what was undone; the undone lead's row reloads too
        panel.presenter().onStatus(text -> frame.get().setStatus(text));
        calls.callService().addUndoneListener(undone -> javax.swing.SwingUtilities.invokeLater(
                () -> leads.presenter().leadChanged(undone.attempt().leadId())));
    }



    CallPanel panel() {
        return panel;
    }

    /** Tools: undo the last outcome (Ctrl+Z, until the next dial), settings, then the list imports. */
    List<Action> toolActions() {
        Messages messages = root.messages();
        CallLoopServices calls = root.calls();
        BackgroundTaskRunner tasks = new BackgroundTaskRunner(errors, null);
        ListImports imports = new ListImports(messages, tasks, frame::get, calls.doNotCall(), calls.holidays(),
                agent.id(), panel.presenter()::reloadDispositions);
        BaseAction settings = BaseAction.of("calls.settings", messages, () -> CallSettingsDialog.open(frame.get(),
                messages, root.settings(), calls.callService(), tasks, panel.presenter()::reloadDispositions));
        BaseAction undo = BaseAction.of("calls.undo", messages, panel.presenter()::undoLast);
        return Arrays.asList(undo, null, settings, null,
                BaseAction.of("calls.importDnc", messages, imports::importDoNotCall),
                BaseAction.of("calls.importHolidays", messages, imports::importHolidays));
    }
}

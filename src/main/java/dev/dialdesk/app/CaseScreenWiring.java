package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.BookingIssue;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.callbacks.BookingResult;
import dev.dialdesk.ui.MainFrame;
import dev.dialdesk.ui.ScreenHost;
import dev.dialdesk.ui.calls.CallPanel;
import dev.dialdesk.ui.cases.CaseActions;
import dev.dialdesk.ui.cases.CasesModule;
import dev.dialdesk.ui.cases.CasesPanel;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.EventQueue;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import javax.swing.JComponent;

/**
 * The follow-up chains in the main window (issue 15): the cases screen (Ctrl+5, built when first shown),
 * the case card beside the call screen, the status label, and how they meet the call loop (a shown lead
 * brings its case to the card; "call" on a customer step opens the lead in the call screen; a recorded
 * call reloads the lists). Built on the event thread after {@link CompositionRoot#calls()} ran off it.
 */
final class CaseScreenWiring {

    private final CasesModule module;
    private final Supplier<CallPanel> calls;
    private final ScreenHost screens;

    CaseScreenWiring(CompositionRoot root, ErrorReporter errors, Agent agent, Supplier<CallPanel> calls,
                     CasesPanel.FileOpener files, ScreenHost screens) {
        Messages messages = root.messages();
        CaseServices services = root.cases();
        CallbackServices callbacks = root.callbacks();
        CaseActions actions = new CaseActions() {
            @Override
            public void callLead(long leadId) {
                calls.get().presenter().open(leadId);
            }

            @Override
            public void dialInternal(PhoneNumber number) {
                root.calls().callService().placeInternal(agent.id(), number);
            }

            @Override
            public void snoozeCallback(long callbackId) {
                callbacks.service().snooze(callbackId);
            }

            @Override
            public String moveCallback(long callbackId, Instant due) {
                BookingResult result = callbacks.service().reschedule(callbackId,
                        due.atZone(services.cases().zone()), null, false);
                return result.booked() ? null : result.check().issues().stream().map(BookingIssue::message)
                        .map(messages::get).collect(Collectors.joining(" "));
            }
        };
        module = new CasesModule(services.cases(), services.inbox(), services.today(), services.contacts(), actions,
                messages, errors, agent.id(), files);
        screens.add(ScreenHost.Screen.lazy("cases", messages.get("screen.cases"), module::panel));
        module.presenter().addListener(loaded -> screens.retitle("cases", module.navigationTitle()));
        calls.get().presenter().addLeadListener(module.leadShown());
        root.calls().callService().addRecordedListener(recorded -> EventQueue.invokeLater(module::refresh));
        this.calls = calls;
        this.screens = screens;
    }

    /** The case card, for the column beside the call panel. */
    JComponent card() {
        return module.card();
    }

    /** Reads the cases again (live updates from the server: another desk or the team lead changed one). */
    void refresh() {
        module.refresh();
    }

    /** Binds the window's "new case" key, puts the status label in, starts the reload timer. */
    void install(MainFrame frame) {
        frame.addStatusComponent(module.statusLabel());
        module.install(frame.getRootPane(), () -> calls.get().presenter().currentLead(),
                () -> screens.show("cases"));
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                module.stop();
            }
        });
    }

    CasesModule module() {
        return module;
    }
}

package dev.dialdesk.ui.callbacks;

import dev.dialdesk.ui.common.TaskRunner;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.callbacks.CallbackAgenda;
import dev.dialdesk.service.callbacks.CallbackService;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.common.ErrorReporter;
import java.util.function.LongConsumer;
import javax.swing.JLabel;
import javax.swing.RootPaneContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callback scheduler's screens, built together for the main window: the agenda panel, the
 * reminders (notice, taskbar, tray), the status bar's next-callback label, the navigation count and
 * the booking dialog the call screen opens. Build on the event thread; then {@link #install} once the
 * frame exists.
 */
public final class CallbacksModule {

    private static final Logger LOG = LoggerFactory.getLogger(CallbacksModule.class);

    private final CallbackBooking booking;
    private final AgendaPresenter agendaPresenter;
    private final Messages messages;
    private final CallbackReminders reminders;
    private final ReminderPresenter reminderPresenter;
    /** Built when first shown: the reminders and the counts follow the presenter meanwhile. */
    private AgendaPanel agendaPanel;
    private boolean checkFailing;

    /**
     * @param callNow    makes a lead the current lead of the call loop ("call now" in the agenda)
     * @param showAgenda brings the agenda into view (the reminder notice's button)
     */
    public CallbacksModule(CallbackService service, CallbackAgenda agenda, Messages messages, ErrorReporter errors,
                           AgentId agent, LongConsumer callNow, Runnable showAgenda) {
        Edt.assertEdt();
        this.messages = messages;
        this.booking = new CallbackBooking(service, messages, errors, agent, booked -> refresh());
        this.agendaPresenter = new AgendaPresenter(service, agenda, messages, new BackgroundTaskRunner(errors, null),
                error -> {
                    errors.log("Callback agenda", error);
                    return errors.describe(error);
                }, agent, callNow);
        ReminderPresenter reminderPresenter = new ReminderPresenter(agenda, service, messages,
                new BackgroundTaskRunner(errors, null), agent, this::reminderFailed);
        this.reminders = new CallbackReminders(reminderPresenter, messages, showAgenda);
        this.reminderPresenter = reminderPresenter;
        agendaPresenter.addListener(loaded -> reminders.checkNow());
    }

    /** The reminder notice also announces these agenda items (the case steps) as they come due. */
    public void alsoRemind(java.util.function.Function<AgentId, java.util.List<dev.dialdesk.domain.agenda.AgendaItem>> items) {
        reminderPresenter.alsoRemind(items);
    }

    /** Puts the reminder notice into the main window, starts the reminder timer, loads the agenda. */
    public void install(RootPaneContainer frame) {
        reminders.install(frame);
        reminders.start();
        agendaPresenter.refresh();
    }

    /** Stops the timer and removes the tray icon (on closing the window). */
    public void stop() {
        reminders.stop();
    }

    /**
     * The agenda screen (one navigation entry), built on the first call (when its screen is first
     * shown) so that start-up does not pay for it; it shows the agenda already loaded, then reloads.
     */
    public AgendaPanel agendaPanel() {
        Edt.assertEdt();
        if (agendaPanel == null) {
            agendaPanel = new AgendaPanel(agendaPresenter, messages, booking);
            if (agendaPresenter.current() != null) {
                agendaPanel.show(agendaPresenter.current());
            }
            agendaPresenter.refresh();
        }
        return agendaPanel;
    }

    /** The call screen opens booking here when the callback disposition (예약콜) is chosen. */
    public CallbackBooking booking() {
        return booking;
    }

    public CallbackReminders reminders() {
        return reminders;
    }

    /** For the status bar: "10:00 홍길동, in 12 min". */
    public JLabel nextCallbackLabel() {
        return reminders.nextCallbackLabel();
    }

    /** Runs after every agenda load (the lead list marks the callbacks without a time). */
    public void addAgendaListener(java.util.function.Consumer<dev.dialdesk.domain.callbacks.Agenda> listener) {
        agendaPresenter.addListener(listener);
    }

    /** Reloads the agenda and re-runs the reminder check (after a call was recorded, say). */
    public void refresh() {
        agendaPresenter.refresh();
    }

    private void reminderFailed(Throwable error) {
        if (!checkFailing) {
            checkFailing = true;
            LOG.warn("Callback reminder check failed; retrying every {} s", CallbackReminders.PERIOD_MS / 1000, error);
        }
    }
}

package dev.dialdesk.ui.callbacks;

import dev.dialdesk.ui.common.LatestRequest;
import dev.dialdesk.ui.common.TaskRunner;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.Agenda;
import dev.dialdesk.domain.callbacks.BookingIssue;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.callbacks.Reschedule;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.callbacks.BookingResult;
import dev.dialdesk.service.callbacks.CallbackAgenda;
import dev.dialdesk.service.callbacks.CallbackService;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The agenda's logic, without Swing: loading, and acting on one callback (call now, reschedule in one
 * move or to a picked time, snooze its reminder, cancel with a reason). Every service call runs
 * through the {@link TaskRunner}; the agenda reloads after each change, and an agenda that arrives
 * after a newer load was started is dropped.
 */
public final class AgendaPresenter {

    private final CallbackService service;
    private final CallbackAgenda agenda;
    private final Messages messages;
    private final TaskRunner worker;
    private final LatestRequest loads;
    private final Function<Throwable, String> describe;
    private final AgentId agent;
    private final LongConsumer callNow;
    private final List<Consumer<Agenda>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private AgendaView view;
    private Agenda current;

    public AgendaPresenter(CallbackService service, CallbackAgenda agenda, Messages messages, TaskRunner worker,
                           Function<Throwable, String> describe, AgentId agent, LongConsumer callNow) {
        this.service = service;
        this.agenda = agenda;
        this.messages = messages;
        this.worker = worker;
        this.loads = new LatestRequest(worker);
        this.describe = describe;
        this.agent = agent;
        this.callNow = callNow;
    }

    /** The agenda view, once built: until then loads still feed the listeners (reminders, counts). */
    public void attach(AgendaView agendaView) {
        this.view = agendaView;
    }

    /** Runs after every load with the new agenda (navigation count, reminders). */
    public void addListener(Consumer<Agenda> listener) {
        listeners.add(listener);
    }

    public Agenda current() {
        return current;
    }

    public void refresh() {
        loads.run("Loading the callbacks", () -> agenda.agenda(agent), loaded -> {
            current = loaded;
            if (view != null) {
                view.show(loaded);
            }
            listeners.forEach(l -> l.accept(loaded));
        }, this::show);
    }

    /** The callback's lead becomes the current lead of the call loop (the caller's hook). */
    public void callNow(CallbackEntry entry) {
        callNow(entry.callback().leadId());
    }

    /** The lead of a callback without a time becomes the current lead (the call panel asks for a time). */
    public void callNow(long leadId) {
        callNow.accept(leadId);
    }

    public void reschedule(CallbackEntry entry, Reschedule step) {
        long id = entry.callback().id();
        change("Rescheduling a callback", () -> service.reschedule(id, step, false), result -> {
            if (result.outcome() == BookingResult.Outcome.NEEDS_CONFIRMATION && view.confirm(texts(result))) {
                change("Rescheduling a callback", () -> service.reschedule(id, step, true), this::afterChange);
            } else {
                afterChange(result);
            }
        });
    }

    public void pickTime(CallbackEntry entry) {
        view.pickTime(entry.callback(), entry.customerName());
    }

    public void snooze(CallbackEntry entry) {
        change("Snoozing a reminder", () -> service.snooze(entry.callback().id()), snoozed -> refresh());
    }

    public void cancel(CallbackEntry entry) {
        view.askCancelReason().ifPresent(reason ->
                change("Cancelling a callback", () -> service.cancel(entry.callback().id(), reason), cancelled -> refresh()));
    }

    private void afterChange(BookingResult result) {
        if (result.outcome() == BookingResult.Outcome.REFUSED) {
            view.showMessage(texts(result));
        } else if (result.booked()) {
            view.showMessage(List.of());
        }
        refresh();
    }

    private List<String> texts(BookingResult result) {
        return result.check().issues().stream().map(BookingIssue::message).map(messages::get).toList();
    }

    private <T> void run(String context, Callable<T> work, Consumer<T> done) {
        worker.run(context, work, done, this::show);
    }

    /**
     * A change of one callback: a refusal (it was changed meanwhile, e.g. a call kept it) is said once
     * and the agenda is read again, so the row shows what the callback is now.
     */
    private <T> void change(String context, Callable<T> work, Consumer<T> done) {
        worker.run(context, work, done, error -> {
            show(error);
            refresh();
        });
    }

    private void show(Throwable error) {
        String text = describe.apply(error);
        if (view != null) {
            view.showMessage(List.of(text));
        }
    }
}

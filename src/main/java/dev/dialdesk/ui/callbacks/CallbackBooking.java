package dev.dialdesk.ui.callbacks;

import dev.dialdesk.ui.common.TaskRunner;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.callbacks.CallbackService;
import dev.dialdesk.ui.common.Edt;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.Window;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens the booking dialog: from the call screen when the callback disposition (예약콜) is chosen,
 * from a lead, or from a contract for its re-recording. Then one key books: Alt+5 is "tomorrow
 * 10:00", so the call screen's callback key and Alt+5 book it in two keystrokes.
 */
public final class CallbackBooking {

    private final CallbackService service;
    private final Messages messages;
    private final ErrorReporter errors;
    private final AgentId agent;
    private final Consumer<Callback> afterBooked;

    /** @param afterBooked runs after every booking, before the caller's own {@code onBooked} (refreshes) */
    public CallbackBooking(CallbackService service, Messages messages, ErrorReporter errors, AgentId agent,
                           Consumer<Callback> afterBooked) {
        this.service = service;
        this.messages = messages;
        this.errors = errors;
        this.agent = agent;
        this.afterBooked = afterBooked;
    }

    /**
     * Books the callback of the call just made: the dialog's title names the customer ({@code customer}:
     * name and number), not the lead's id.
     */
    public void openForCall(Window parent, long leadId, String customer, Consumer<Callback> onBooked) {
        open(parent, leadId, customer, CallbackKind.NORMAL, null, Optional.empty(), onBooked);
    }

    /**
     * Books a callback for {@code leadId} (a contract's re-recording when {@code kind} says so); the title
     * names the customer as the screen it comes from shows them ({@code customer}: "다람이 · 010-1234-5678"
     * or the name alone). {@code onBooked} runs on the event thread once it is saved.
     */
    public void open(Window parent, long leadId, String customer, CallbackKind kind, Long contractId,
                     Optional<ZonedDateTime> prefill, Consumer<Callback> onBooked) {
        String title = messages.get(kind == CallbackKind.RE_RECORDING ? "callbacks.book.titleReRecording"
                : "callbacks.book.titleFor", customer);
        show(parent, new BookingPresenter.Target(leadId, agent, kind, contractId, null), title, prefill, onBooked);
    }

    /** Moves {@code callback} of {@code customer} to a time picked in the same dialog. */
    public void reschedule(Window parent, Callback callback, String customer, Consumer<Callback> onBooked) {
        BookingPresenter.Target target = new BookingPresenter.Target(callback.leadId(), callback.agentId(),
                callback.kind(), callback.contractId(), callback.id());
        show(parent, target, messages.get("callbacks.book.titleReschedule", customer),
                Optional.of(callback.dueAt().atZone(service.zone())), onBooked);
    }

    private void show(Window parent, BookingPresenter.Target target, String title, Optional<ZonedDateTime> prefill,
                      Consumer<Callback> onBooked) {
        Edt.assertEdt();
        BookingPresenter presenter = new BookingPresenter(service, messages, new BackgroundTaskRunner(errors, parent),
                error -> {
                    errors.log("Booking a callback", error);
                    return errors.describe(error);
                }, target);
        CallbackBookingDialog dialog = new CallbackBookingDialog(parent, messages, presenter, title,
                afterBooked.andThen(onBooked));
        presenter.attach(dialog, prefill);
        dialog.showFocused();
    }
}

package dev.dialdesk.ui.callbacks;

import dev.dialdesk.ui.common.TaskRunner;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.BookingIssue;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.callbacks.QuickPick;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.callbacks.BookingResult;
import dev.dialdesk.service.callbacks.CallbackService;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The booking dialog's logic, without Swing: quick picks (each books at once), the picker's time,
 * the rules' messages, and the second Enter that confirms a warning. Also reschedules ("pick") when
 * given a callback id.
 */
public final class BookingPresenter {

    /** What is being booked. {@code rescheduleId}: the callback to move, or null for a new booking. */
    public record Target(long leadId, AgentId agent, CallbackKind kind, Long contractId, Long rescheduleId) {
    }

    private final CallbackService service;
    private final Messages messages;
    private final TaskRunner worker;
    private final Function<Throwable, String> describe;
    private final Target target;
    private BookingView view;
    private BookingView.Form awaitingConfirmation;
    private boolean busy;

    public BookingPresenter(CallbackService service, Messages messages, TaskRunner worker,
                            Function<Throwable, String> describe, Target target) {
        this.service = service;
        this.messages = messages;
        this.worker = worker;
        this.describe = describe;
        this.target = target;
    }

    /** The app's clock in the centre's zone (the calendar's "today"; never the computer's date). */
    public java.time.Clock clock() {
        return service.clock();
    }

    /** Binds the view: enables the quick picks that lie ahead and shows the first proposed time. */
    public void attach(BookingView bookingView, Optional<ZonedDateTime> prefill) {
        this.view = bookingView;
        ZonedDateTime now = service.now();
        for (QuickPick pick : QuickPick.values()) {
            view.enablePick(pick, pick.at(now).isPresent());
        }
        view.showTime(prefill.map(p -> p.withZoneSameInstant(service.zone()))
                .orElseGet(() -> QuickPick.IN_1_HOUR.at(now).orElseThrow()));
    }

    /** A quick pick: fills in its time and books it (one keystroke from the call screen). */
    public void pick(QuickPick pick) {
        Optional<ZonedDateTime> time = pick.at(service.now());
        if (time.isEmpty()) {
            view.enablePick(pick, false);
            return;
        }
        view.showTime(time.get());
        submit();
    }

    /** Enter: books the form's time; a second Enter on an unchanged form confirms the warnings. */
    public void submit() {
        if (busy) {
            return;
        }
        BookingView.Form form = view.form();
        if (form.date() == null || form.time() == null) {
            view.showIssues(List.of(messages.get("callbacks.book.noTime")), false, false);
            return;
        }
        ZoneId zone = service.zone();
        ZonedDateTime due = ZonedDateTime.of(form.date(), form.time(), zone);
        ZonedDateTime end = form.windowEnd() == null ? null : ZonedDateTime.of(form.date(), form.windowEnd(), zone);
        BookingRequest request = new BookingRequest(target.leadId(), target.agent(), due, end, form.note(),
                form.customerAsked(), target.kind(), target.contractId());
        boolean confirmed = form.equals(awaitingConfirmation);
        setBusy(true);
        worker.run("Booking a callback",
                () -> target.rescheduleId() == null ? service.book(request, confirmed)
                        : service.reschedule(target.rescheduleId(), due, end, confirmed),
                result -> done(form, result),
                error -> {
                    setBusy(false);
                    view.showIssues(List.of(describe.apply(error)), false, false);
                });
    }

    private void done(BookingView.Form form, BookingResult result) {
        setBusy(false);
        List<String> texts = result.check().issues().stream().map(BookingIssue::message).map(messages::get).toList();
        switch (result.outcome()) {
            case BOOKED -> view.booked(result.callback().orElseThrow());
            case NEEDS_CONFIRMATION -> {
                awaitingConfirmation = form;
                view.showIssues(append(texts, messages.get("callbacks.book.confirmHint")), result.check().isLoud(), true);
            }
            case REFUSED -> {
                awaitingConfirmation = null;
                view.showIssues(texts, false, false);
            }
        }
    }

    private static List<String> append(List<String> texts, String last) {
        List<String> all = new java.util.ArrayList<>(texts);
        all.add(last);
        return all;
    }

    private void setBusy(boolean value) {
        busy = value;
        view.setBusy(value);
    }
}

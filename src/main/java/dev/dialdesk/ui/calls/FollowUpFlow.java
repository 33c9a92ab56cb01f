package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.service.calls.QueuedLead;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The follow-ups of the call loop's outcomes, split from {@link CallPresenter}: after 예약콜 or 청약
 * the booking or contract entry runs with the keys waiting, then the next lead shows. A booking
 * cancelled leaves a callback without a time (예약 시간 없음): the panel says so, and the next time
 * that lead is on screen the agent is asked for a time again. No Swing; on the event thread.
 */
final class FollowUpFlow {

    private final DispositionFollowUp followUp;
    private final LoopSteps steps;
    private final CallView view;
    private final CallTexts texts;
    private CallbackTimes times = CallbackTimes.NONE;

    FollowUpFlow(DispositionFollowUp followUp, LoopSteps steps, CallView view, CallTexts texts) {
        this.followUp = followUp;
        this.steps = steps;
        this.view = view;
        this.texts = texts;
    }

    void useCallbackTimes(CallbackTimes callbackTimes) {
        times = Objects.requireNonNull(callbackTimes, "callbackTimes");
    }

    /**
     * Runs the follow-up of a saved outcome with the keys waiting, then fetches the next lead
     * ({@code next}, off the event thread) and shows it ({@code show}); a callback left without a
     * time is said in the notice.
     */
    void afterRecorded(DispositionFollowUp.Outcome outcome, Callable<Optional<QueuedLead>> next,
                       Consumer<Optional<QueuedLead>> show) {
        boolean callback = "CALLBACK".equals(outcome.disposition().code());
        long leadId = outcome.lead().id();
        steps.hold();
        followUp.afterRecorded(outcome, () -> {
            steps.release();
            steps.run("Fetching the next lead", () -> new After(callback && times.awaitsTime(leadId), next.call()),
                    after -> {
                        if (after.withoutTime()) {
                            view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING,
                                    texts.get("callscreen.callbackWithoutTime", outcome.lead().name())));
                        }
                        show.accept(after.next());
                    });
        });
    }

    /**
     * A lead shown in status 예약콜: when its callback has no time, the agent is asked for one (while
     * {@code stillShown}: the lead is on screen, not dialled).
     */
    void askIfWithoutTime(QueuedLead lead, BooleanSupplier stillShown) {
        if (lead.state().status() != LeadStatus.CALLBACK) {
            return;
        }
        steps.run("Checking the callback's time", () -> times.awaitsTime(lead.leadId()), awaits -> {
            if (awaits && stillShown.getAsBoolean()) {
                view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING,
                        texts.get("callscreen.askTimeAgain", lead.lead().name())));
                steps.hold();
                times.askForTime(lead.lead(), steps::resume);
            }
        });
    }

    private record After(boolean withoutTime, Optional<QueuedLead> next) {
    }
}

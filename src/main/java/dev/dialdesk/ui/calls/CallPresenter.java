package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.calls.ShiftStats;
import dev.dialdesk.service.calls.ShiftStatsService;
import dev.dialdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The call loop's screen logic, without Swing: next lead, dial, hang up, record the outcome (and show
 * the next lead), open a lead chosen in the list. Every method is called on the event thread; the
 * {@link CallSession} runs off it through the {@link TaskRunner}. Keys pressed while a step still runs
 * are queued and run in order (an agent types ahead); a failed step drops what was queued behind it,
 * so that a blocked dial is never followed by an outcome typed ahead ({@link LoopSteps}). The
 * follow-ups of 예약콜 and 청약 are {@link FollowUpFlow}'s; the last outcome can be undone (Ctrl+Z)
 * until the next dial.
 */
public final class CallPresenter {

    private final CallView view;
    private final CallSession session;
    private final CallService calls;
    private final ShiftStatsService shift;
    private final CallTexts texts;
    private final LoopSteps steps;
    private final FollowUpFlow followUps;
    private final UndoStep undo;
    private Consumer<String> status = text -> { };

    private static final String REFUSED = ProductStop.REFUSED;

    private CallSession.Phase phase = CallSession.Phase.IDLE;
    private QueuedLead current;
    private List<Disposition> dispositions = List.of();
    /** Hook for components the call panel hosts (the case card, issue 15): told each lead shown. */
    private final List<java.util.function.Consumer<QueuedLead>> leadListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private java.util.function.LongConsumer leadShown = id -> { };
    private final SecondContractGuard contractGuard = new SecondContractGuard();
    private ProductStop productStop = lead -> {
        throw new IllegalStateException("No product stop wired");
    };

    public CallPresenter(CallView view, CallSession session, CallService calls, ShiftStatsService shift,
                         TaskRunner tasks, CallTexts texts, DispositionFollowUp followUp) {
        this.view = Objects.requireNonNull(view, "view");
        this.session = session;
        this.calls = calls;
        this.shift = shift;
        this.texts = texts;
        this.steps = new LoopSteps(tasks);
        this.followUps = new FollowUpFlow(followUp, steps, view, texts);
        this.undo = new UndoStep(calls, session, texts);
        steps.onFailure(this::failed);
    }

    /** Where the undo's words also go (the window's status bar). */
    public void onStatus(Consumer<String> statusBar) {
        status = Objects.requireNonNull(statusBar, "statusBar");
    }

    /**
     * The scheduler's answers for callbacks without a time (the booking after 예약콜 was cancelled):
     * such a lead asks for a time when it is next on screen.
     */
    public void useCallbackTimes(CallbackTimes times) {
        followUps.useCallbackTimes(times);
    }

    /**
     * Ctrl+Z: takes back the last outcome (until the next dial), without a question; the undone lead is
     * on screen again, and the notice and the status bar say what was undone. A lead changed
     * meanwhile is said in words and nothing is undone.
     */
    public void undoLast() {
        submit(() -> {
            if (requireWrappedUp()) {
                run("Undoing the last outcome", () -> undo.undo(this::today), this::undone);
            }
        });
    }

    private void undone(UndoStep.Result result) {
        String text = undo.words(result, dispositions);
        view.showShift(texts.shift(result.stats()));
        showLead(result.lead());
        view.showNotice(new CallModels.Notice(CallModels.Tone.OK, text));
        status.accept(text);
    }

    /**
     * Told, on the event thread, the id of each lead the panel shows, and -1 when it shows none: the
     * window keeps the lead screen on the call's lead.
     */
    public void onLeadShown(java.util.function.LongConsumer listener) {
        leadShown = Objects.requireNonNull(listener, "listener");
    }

    /** Loads the outcome buttons and today's numbers; the panel says which key starts the loop. */
    public void start() {
        view.showNoLead(texts.withKey("callscreen.idle", "calls.next"));
        view.showPhase(phase);
        view.resetTimer();
        reloadDispositions();
    }

    /** Reloads the outcome buttons (after the settings changed them) and today's numbers. */
    public void reloadDispositions() {
        submit(() -> run("Loading the dispositions", () -> new Loaded(calls.dispositions(), shift.today(session.agent())),
                loaded -> {
                    dispositions = loaded.dispositions();
                    view.showDispositions(texts.choices(dispositions));
                    view.showShift(texts.shift(loaded.stats()));
                }));
    }

    /** Reads today's numbers again (a contract was saved or changed outside the loop). */
    public void refreshShift() {
        submit(() -> run("Refreshing today's numbers", this::today, stats -> view.showShift(texts.shift(stats))));
    }

    /**
     * The label of the outcome a key action records now ("calls.disposition.1" and its keypad twin:
     * "부재"), for the shortcut sheet; empty for any other action.
     */
    public Optional<String> outcomeOf(String actionId) {
        String prefix = "calls.disposition.";
        if (!actionId.startsWith(prefix)) {
            return Optional.empty();
        }
        String position = actionId.substring(prefix.length()).replace(".keypad", "");
        return dispositions.stream().filter(d -> String.valueOf(d.position()).equals(position)).findFirst()
                .map(texts::label);
    }

    public CallSession.Phase phase() {
        return phase;
    }

    /** A dialled call still needs its outcome (the window asks before closing). */
    public boolean hasOpenCall() {
        return phase == CallSession.Phase.IN_CALL || phase == CallSession.Phase.WRAP_UP;
    }

    /** The next-lead key. */
    public void next() {
        submit(() -> {
            if (requireWrappedUp()) {
                view.showNotice(null);
                run("Fetching the next lead", session::next, this::showNext);
            }
        });
    }

    /** A lead opened from the list (Enter, double-click): through the same gate as the queue's. */
    public void open(long leadId) {
        submit(() -> {
            if (requireWrappedUp()) {
                run("Opening a lead in the call panel", () -> session.open(leadId), lead -> {
                    view.showNotice(null);
                    showLead(lead);
                });
            }
        });
    }

    /** The dial key. */
    public void dial() {
        submit(() -> {
            if (current == null) {
                view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING, texts.get("calls.error.noLeadShown")));
            } else if (phase == CallSession.Phase.LEAD_SHOWN) {
                view.showNotice(null);
                run("Dialling", session::dial, this::dialled);
            }
        });
    }

    /** The hang-up key: stops the timer; the outcome is still to come. */
    public void hangUp() {
        submit(() -> {
            if (phase == CallSession.Phase.IN_CALL) {
                run("Hanging up", session::hangUp, call -> {
                    phase = CallSession.Phase.WRAP_UP;
                    view.stopTimer(call.elapsed(call.endedAt()));
                    view.showPhase(phase);
                });
            }
        });
    }

    /** A number key: records the outcome at {@code position} and shows the next lead. */
    public void disposition(int position) {
        submit(() -> dispositions.stream().filter(d -> d.position() == position).findFirst().ifPresent(this::record));
    }

    /** The callback key: records 예약콜 wherever its button is, which opens the booking. */
    public void callback() {
        submit(() -> dispositions.stream().filter(d -> "CALLBACK".equals(d.code())).findFirst().ifPresent(this::record));
    }

    /**
     * Where a stop-contact request for one product goes (the do-not-call list; {@code app/CallRulesWiring}).
     */
    public void useProductStop(ProductStop stop) {
        productStop = Objects.requireNonNull(stop, "stop");
    }

    /**
     * The product-only stop key (연락금지요구 for this product): a dialled call is recorded as 거절, the
     * lead's number is no longer called about the lead's product (other products stay callable), the
     * panel says so and the next lead shows, in one step like an outcome.
     */
    public void stopForProduct() {
        submit(() -> {
            QueuedLead lead = current;
            boolean inCall = hasOpenCall();
            String refusal = ProductStop.problem(lead, inCall, dispositions);
            if (refusal != null) {
                view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING, texts.get(refusal)));
                return;
            }
            String note = view.note();
            run("Recording a stop request for one product", () -> {
                if (inCall) {
                    session.record(REFUSED, note);
                }
                boolean added = productStop.stop(lead.lead());
                return new Stopped(added, session.next(), today());
            }, stopped -> {
                view.clearNote();
                view.resetTimer();
                view.showShift(texts.shift(stopped.stats()));
                view.showNotice(new CallModels.Notice(CallModels.Tone.OK, texts.get(
                        stopped.added() ? "rules.stop.recorded" : "rules.stop.known",
                        lead.lead().name(), lead.lead().product())));
                showNext(stopped.next());
            });
        });
    }

    /**
     * What the contract key asks first (the customer's timeline: an open contract already): a warning
     * shown instead of recording, once per lead; the next press records the contract.
     */
    public void useContractGuard(java.util.function.LongFunction<String> guard) {
        contractGuard.use(guard);
    }

    /** The note key. */
    public void focusNote() {
        view.focusNote();
    }

    private void record(Disposition disposition) {
        if (phase == CallSession.Phase.IDLE) {
            view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING, texts.get("calls.error.noLeadShown")));
            return;
        }
        if (phase == CallSession.Phase.LEAD_SHOWN) {
            view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING, texts.get("callscreen.dialFirst")));
            return;
        }
        String note = view.note();
        QueuedLead lead = current;
        if (secondContractWarned(disposition, lead)) {
            return;
        }
        if (DispositionFollowUp.CODES.contains(disposition.code())) {
            run("Recording the outcome", () -> new Saved(session.record(disposition.code(), note), today()),
                    saved -> followUp(disposition, lead, saved));
        } else {
            run("Recording the outcome and fetching the next lead",
                    () -> new Advanced(session.recordAndNext(disposition.code(), note), today()),
                    advanced -> {
                        recorded(disposition, lead, advanced.stats());
                        showNext(advanced.next());
                    });
        }
    }

    /** True when the contract key was pressed the first time on a customer with an open contract: warned instead. */
    private boolean secondContractWarned(Disposition disposition, QueuedLead lead) {
        String warning = contractGuard.warning(disposition, lead);
        if (warning != null) {
            view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING, warning));
        }
        return warning != null;
    }

    /** Runs the follow-up (booking, contract entry); keys wait until it is done, then the next lead shows. */
    private void followUp(Disposition disposition, QueuedLead lead, Saved saved) {
        recorded(disposition, lead, saved.stats());
        setCurrent(null);
        phase = CallSession.Phase.IDLE;
        view.showPhase(phase);
        followUps.afterRecorded(new DispositionFollowUp.Outcome(disposition, lead.lead(), saved.attempt()),
                session::next, this::showNext);
    }

    private void recorded(Disposition disposition, QueuedLead lead, ShiftStats stats) {
        view.clearNote();
        view.resetTimer();
        view.showShift(texts.shift(stats));
        view.showNotice(new CallModels.Notice(CallModels.Tone.OK,
                texts.get("callscreen.recorded", texts.label(disposition), lead.lead().name())));
    }

    private ShiftStats today() {
        return shift.today(session.agent());
    }

    private void dialled(ActiveCall call) {
        phase = CallSession.Phase.IN_CALL;
        view.startTimer(call.startedAt());
        view.showPhase(phase);
        String how = texts.get("callscreen.dialled." + (call.placedBy() == null ? "MANUAL" : call.placedBy().name()),
                call.number().national());
        if (call.warning() != null) {
            view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING, texts.get(call.warning()) + " " + how));
        } else {
            view.showNotice(new CallModels.Notice(CallModels.Tone.NORMAL, how));
        }
        view.focusLoop();
    }

    private void showNext(Optional<QueuedLead> next) {
        if (next.isPresent()) {
            showLead(next.get());
            return;
        }
        setCurrent(null);
        phase = CallSession.Phase.IDLE;
        view.showNoLead(texts.get("callscreen.queueEmpty"));
        view.resetTimer();
        view.showPhase(phase);
    }

    /**
     * Another desk put the number of the lead on screen on the do-not-call list (live updates): it says so
     * at once; the dial stays refused by the gate as before.
     */
    public void showDoNotCall(long leadId) {
        if (current != null && current.leadId() == leadId) {
            view.showNotice(new CallModels.Notice(CallModels.Tone.ERROR, texts.get("callscreen.caution.doNotCall")));
        }
    }

    /** The lead on screen, if any (the case card opens a case for it). */
    public java.util.Optional<QueuedLead> currentLead() {
        return java.util.Optional.ofNullable(current);
    }

    /** Runs on the event thread with each lead the call screen shows. */
    public void addLeadListener(java.util.function.Consumer<QueuedLead> listener) {
        leadListeners.add(listener);
    }

    private void showLead(QueuedLead lead) {
        setCurrent(lead);
        contractGuard.leadShown();
        leadListeners.forEach(l -> l.accept(lead));
        phase = CallSession.Phase.LEAD_SHOWN;
        view.showLead(texts.card(lead), texts.history(lead.history()));
        view.resetTimer();
        view.clearNote();
        view.showPhase(phase);
        view.focusLoop();
        followUps.askIfWithoutTime(lead, () -> current == lead && phase == CallSession.Phase.LEAD_SHOWN);
    }

    private void setCurrent(QueuedLead lead) {
        long before = current == null ? -1 : current.lead().id();
        current = lead;
        long now = lead == null ? -1 : lead.lead().id();
        if (now != before) {
            leadShown.accept(now);
        }
    }

    /** True when no dialled call waits for its outcome; else says so in place. */
    private boolean requireWrappedUp() {
        if (hasOpenCall()) {
            view.showNotice(new CallModels.Notice(CallModels.Tone.WARNING, texts.get("calls.error.wrapUpRequired")));
            return false;
        }
        return true;
    }

    private void submit(Runnable command) {
        steps.submit(command);
    }

    private <T> void run(String context, Callable<T> work, Consumer<T> done) {
        steps.run(context, work, done);
    }

    /** Shown in place (never a dialog in the loop); what was typed ahead was dropped. */
    private void failed(Throwable error) {
        view.showNotice(new CallModels.Notice(CallModels.Tone.ERROR, describe(error)));
        CallSession.Phase actual = session.phase();
        if (actual != phase) {
            phase = actual;
            if (session.current().isEmpty()) {
                setCurrent(null);
                view.showNoLead(texts.withKey("callscreen.idle", "calls.next"));
            }
            view.showPhase(phase);
        }
    }

    private String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException userFacing) {
                return texts.get(userFacing.userMessage());
            }
        }
        return texts.get("callscreen.error.unexpected");
    }

    private record Loaded(List<Disposition> dispositions, ShiftStats stats) {
    }

    private record Saved(CallAttempt attempt, ShiftStats stats) {
    }

    private record Stopped(boolean added, Optional<QueuedLead> next, ShiftStats stats) {
    }

    private record Advanced(Optional<QueuedLead> next, ShiftStats stats) {
    }
}

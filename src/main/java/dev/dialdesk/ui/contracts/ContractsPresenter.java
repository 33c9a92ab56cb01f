package dev.dialdesk.ui.contracts;

import dev.dialdesk.ui.common.LatestRequest;
import dev.dialdesk.ui.common.TaskRunner;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractEdit;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.contracts.ContractSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The contracts screen's logic, without Swing: loads the list, ticks the countdowns every minute from
 * memory, moves the selected contract through QA and books its re-recording. Views register to be told
 * of changes; the work runs through the {@link TaskRunner}.
 */
public final class ContractsPresenter {

    private final ContractService service;
    private final TaskRunner tasks;
    private final LatestRequest loads;
    private final ReRecordingBooker booker;
    private final Clock clock;
    private final AgentId agent;
    private final CountdownText countdownText;
    private final Messages messages;
    private final ContractsModel model = new ContractsModel();
    private final List<ContractsView> views = new CopyOnWriteArrayList<>();
    private dev.dialdesk.service.rules.HappyCallService happyCalls;
    private boolean openOnly;
    private ContractSummary selected;

    public ContractsPresenter(ContractService service, TaskRunner tasks, ReRecordingBooker booker, Clock clock,
                              AgentId agent, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.loads = new LatestRequest(tasks);
        this.booker = booker;
        this.clock = clock;
        this.agent = agent;
        this.messages = messages;
        this.countdownText = new CountdownText(messages);
    }

    public void addView(ContractsView view) {
        views.add(view);
    }

    public ContractsModel model() {
        return model;
    }

    public AgentId agent() {
        return agent;
    }

    public CountdownText countdownText() {
        return countdownText;
    }

    /** Loads the list (all contracts, or open QA cases only). */
    public void load() {
        boolean open = openOnly;
        loads.run("Loading contracts", () -> service.list(open, null), rows -> {
            model.replace(rows, clock.instant());
            if (selected != null) {
                int index = model.indexOf(selected.contract().id());
                selected = index < 0 ? null : model.row(index);
            }
            views.forEach(ContractsView::rowsChanged);
        });
    }

    public void setOpenOnly(boolean open) {
        openOnly = open;
        load();
    }

    /**
     * The minute tick: recomputes the countdowns from memory; when an open case has passed its
     * deadline, asks the service to return it (off the event thread) and reloads.
     */
    public void tick() {
        boolean expired = model.tick(clock.instant());
        views.forEach(ContractsView::countdownsChanged);
        if (expired) {
            tasks.run("Returning expired QA cases", service::expireOverdue, returned -> {
                if (!returned.isEmpty()) {
                    load();
                }
            });
        }
    }

    public void select(int row) {
        selected = row < 0 || row >= model.size() ? null : model.row(row);
    }

    public Optional<ContractSummary> selected() {
        return Optional.ofNullable(selected);
    }

    /** Whether the selected contract may move to {@code target}. */
    public boolean canMoveTo(QaState target) {
        return selected != null && selected.contract().state().canMoveTo(target);
    }

    public boolean canBookReRecording() {
        return selected != null && selected.contract().state().isOpenCase();
    }

    /** The insurer's happy call (해피콜) tries are recorded through {@code happyCalls} (issue 16). */
    public void useHappyCalls(dev.dialdesk.service.rules.HappyCallService happyCalls) {
        this.happyCalls = happyCalls;
    }

    /** Whether a happy-call try may be recorded on the selected contract: its happy call still pending. */
    public boolean canRecordHappyCall() {
        return happyCalls != null && selected != null
                && selected.contract().afterSale().happyCall() == dev.dialdesk.domain.contracts.HappyCall.PENDING;
    }

    /**
     * Records a happy-call try on the selected contract, moving its happy call only from PENDING (a try
     * recorded elsewhere meanwhile is reported in words, not applied), then reads the list again.
     */
    public void recordHappyCall(dev.dialdesk.domain.rules.HappyCallTry.Outcome outcome) {
        if (canRecordHappyCall()) {
            apply("Happy call try", id -> happyCalls.record(id, outcome, agent));
        }
    }

    public void passQa() {
        apply("QA passed", id -> service.passQa(id, agent));
    }

    public void requireReRecording(String reason, LocalDate noticeDate) {
        apply("Re-recording required", id -> service.requireReRecording(id, reason, noticeDate, agent));
    }

    public void markReRecorded() {
        apply("Re-recorded", id -> service.markReRecorded(id, clock.instant(), agent));
    }

    public void reject() {
        apply("Returned by QA", id -> service.reject(id, agent));
    }

    public void withdraw(LocalDate date, String reason) {
        apply("Withdrawal", id -> service.withdraw(id, date, reason, agent));
    }

    public void cancel() {
        apply("Cancel contract", id -> service.cancel(id, agent));
    }

    public void edit(ContractEdit edit) {
        apply("Edit contract", id -> service.edit(id, edit, agent));
    }

    /** Opens the callback booking for the selected open case, with its deadline. */
    public void bookReRecording() {
        if (canBookReRecording()) {
            Contract contract = selected.contract();
            booker.book(contract.leadId(), contract.id(), selected.deadline(), selected.customerName());
        }
    }

    /** Creates a contract from the entry dialog, then reloads. */
    public void create(Long attemptId, long leadId, ContractDraft draft, java.util.function.Consumer<Contract> done) {
        tasks.run("New contract", () -> service.createFromCall(attemptId, leadId, agent, draft.product(),
                draft.premiumWon(), draft.contractAt(), draft.applicationNo(), draft.notes()), contract -> {
                    load();
                    done.accept(contract);
                });
    }

    private void apply(String context, ContractMove move) {
        if (selected == null) {
            return;
        }
        long id = selected.contract().id();
        tasks.run(context, () -> attempt(move, id), failure -> {
            load();
            if (failure.isPresent()) {
                // Said once, in words, by the runner's own path (e.g. "changed elsewhere meanwhile").
                tasks.run(context, () -> {
                    throw failure.get();
                }, ignored -> { });
            }
        });
    }

    /** The move's failure, if it failed: the list is read again either way, so a refused row shows what it is now. */
    private static Optional<RuntimeException> attempt(ContractMove move, long id) {
        try {
            move.apply(id);
            return Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.of(refused);
        }
    }

    /** The status-bar text for this agent: "QA: 1 case, 5h 40m left". */
    public String statusText() {
        List<Integer> open = model.openCaseRows(agent);
        if (open.isEmpty()) {
            return messages.get("contracts.status.none");
        }
        CountdownCell first = model.cell(open.get(0));
        if (first.expired()) {
            return messages.get("contracts.status.expired", open.size());
        }
        String left = countdownText.of(first);
        return open.size() == 1 ? messages.get("contracts.status.one", left)
                : messages.get("contracts.status.many", open.size(), left);
    }

    @FunctionalInterface
    private interface ContractMove {
        void apply(long id);
    }
}

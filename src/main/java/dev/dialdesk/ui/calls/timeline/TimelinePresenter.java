package dev.dialdesk.ui.calls.timeline;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.leads.CustomerTimeline;
import dev.dialdesk.ui.common.LatestRequest;
import dev.dialdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The customer's timeline beside the call, and the QA re-recording card, without Swing: reads the
 * timeline of each lead the call panel shows (the latest wins), again when an outcome of that lead is
 * recorded, and marks the re-recording made. Every method is called on the event thread.
 */
public final class TimelinePresenter {

    private final TimelineView view;
    private final CustomerTimeline timelines;
    private final ContractService contracts;
    private final Supplier<List<Disposition>> dispositions;
    private final TaskRunner tasks;
    private final LatestRequest latest;
    private final TimelineTexts texts;
    private final Function<Disposition, String> labels;
    private final Clock clock;
    private final AgentId agent;

    private long shown = -1;
    private boolean reRecordingCall;
    private Loaded loaded;

    /**
     * @param dispositions the outcomes with their labels (read off the event thread)
     * @param labels       an outcome's label as the call panel writes it
     */
    public TimelinePresenter(TimelineView view, CustomerTimeline timelines, ContractService contracts,
                             Supplier<List<Disposition>> dispositions, Function<Disposition, String> labels,
                             TaskRunner tasks, TimelineTexts texts, Clock clock, AgentId agent) {
        this.view = view;
        this.timelines = timelines;
        this.contracts = contracts;
        this.dispositions = dispositions;
        this.labels = labels;
        this.tasks = tasks;
        this.latest = new LatestRequest(tasks);
        this.texts = texts;
        this.clock = clock;
        this.agent = agent;
    }

    /** What one read brought: the timeline, the open re-recording (if any), the outcome labels. */
    private record Loaded(long leadId, CustomerTimeline.Timeline timeline, Contract reRecording,
                          Map<String, String> outcomes) {
    }

    /** A lead came on the call panel: its timeline replaces the last one's. */
    public void leadShown(QueuedLead lead) {
        shown = lead.leadId();
        reRecordingCall = lead.callback() != null && lead.callback().reRecording();
        loaded = null;
        view.showMessage(null, false);
        view.showReRecording(null);
        view.showTimeline(texts.get("timeline.title"), List.of());
        load();
    }

    /** An outcome was recorded on {@code leadId}: its timeline is read again when it is the one shown. */
    public void recorded(long leadId) {
        if (leadId == shown) {
            load();
        }
    }

    /** The countdown moves on (the panel calls this every minute). */
    public void tick() {
        if (loaded != null && loaded.reRecording() != null) {
            view.showReRecording(texts.reRecording(loaded.reRecording(), reRecordingCall, clock.instant()));
        }
    }

    /** The lead's timeline as last read, if it is of {@code leadId}. */
    public Optional<CustomerTimeline.Timeline> timelineOf(long leadId) {
        return loaded != null && loaded.leadId() == leadId ? Optional.of(loaded.timeline()) : Optional.empty();
    }

    /**
     * The contract key's guard: why recording a contract on {@code leadId} needs a second press (the
     * customer already has an open contract), or null.
     */
    public String secondContractWarning(long leadId) {
        return timelineOf(leadId).flatMap(t -> t.openContracts().stream().findFirst())
                .map(texts::secondContract).orElse(null);
    }

    /** The re-recorded key: marks the contract on the card re-recorded, if nobody changed it since it was shown. */
    public void reRecorded() {
        Contract contract = loaded == null ? null : loaded.reRecording();
        if (contract == null) {
            view.showMessage(texts.get("timeline.reRecorded.none"), true);
            return;
        }
        long lead = shown;
        tasks.run("Marking a contract re-recorded",
                () -> contracts.markReRecorded(contract.id(), contract.version(), clock.instant(), agent),
                saved -> {
                    view.showMessage(texts.get("timeline.reRecorded.done", saved.id()), false);
                    recorded(lead);
                }, error -> {
                    view.showMessage(texts.get("timeline.reRecorded.failed", contract.id(), describe(error)), true);
                    recorded(lead);
                });
    }

    private void load() {
        long lead = shown;
        latest.run("Reading the customer's timeline", () -> new Loaded(lead, timelines.of(lead),
                contracts.openReRecordingOfLead(lead).orElse(null), outcomeLabels()), this::show,
                error -> view.showMessage(texts.get("timeline.failed", describe(error)), true));
    }

    private Map<String, String> outcomeLabels() {
        return dispositions.get().stream().collect(Collectors.toMap(Disposition::code, labels, (a, b) -> a));
    }

    private void show(Loaded now) {
        if (now.leadId() != shown) {
            return;
        }
        loaded = now;
        view.showTimeline(texts.title(now.timeline()), texts.rows(now.timeline(), now.outcomes()));
        view.showReRecording(now.reRecording() == null ? null
                : texts.reRecording(now.reRecording(), reRecordingCall, clock.instant()));
    }

    private String describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserFacingException userFacing) {
                return texts.get(userFacing.userMessage());
            }
        }
        return texts.get("callscreen.error.unexpected");
    }
}

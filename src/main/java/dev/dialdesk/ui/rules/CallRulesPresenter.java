package dev.dialdesk.ui.rules;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.rules.LeadMarks;
import dev.dialdesk.service.rules.LeadMarksService;
import dev.dialdesk.service.rules.OpeningScriptService;
import dev.dialdesk.ui.common.TaskRunner;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The rules beside a call (issue 16): the marks on the lead shown (avoiding calls with the hours the
 * customer answers, QA or withdrawal at risk, consent) and, once the call connects, the opening
 * statement with its key to mark it said. Runs on the event thread; the work goes to {@link TaskRunner}.
 */
public final class CallRulesPresenter {

    private final DateTimeFormatter deadlineFormat;

    private final CallRulesView view;
    private final LeadMarksService marks;
    private final OpeningScriptService openings;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Supplier<ZoneId> zone;
    private final AgentId agent;
    private Lead lead;
    private UUID call;
    private String script;
    private boolean said;

    public CallRulesPresenter(CallRulesView view, LeadMarksService marks, OpeningScriptService openings,
                              TaskRunner tasks, Messages messages, Supplier<ZoneId> zone, AgentId agent) {
        this.view = view;
        this.marks = marks;
        this.openings = openings;
        this.tasks = tasks;
        this.messages = messages;
        this.deadlineFormat = DayTime.dayAndTime(messages);
        this.zone = zone;
        this.agent = agent;
    }

    /** A lead is on screen (or none: null): its marks load. */
    public void leadShown(Lead shown) {
        boolean same = lead != null && shown != null && lead.id() == shown.id();
        lead = shown;
        if (shown == null) {
            call = null;
            view.showMarks(List.of());
            view.hideScript();
            return;
        }
        if (!same) {
            call = null;
            view.hideScript();
            tasks.run("Reading the lead's marks", () -> marks.marks(shown), loaded -> {
                if (lead != null && lead.id() == shown.id()) {
                    view.showMarks(marksOf(loaded));
                }
            });
        }
    }

    /** The call connected: the opening statement shows until the call is recorded. */
    public void callStarted(ActiveCall started) {
        if (lead == null || started.leadId() != lead.id() || started.clientId().equals(call)) {
            return;
        }
        call = started.clientId();
        said = false;
        Lead current = lead;
        tasks.run("Reading the opening statement", () -> openings.textFor(current), text -> {
            script = text;
            if (started.clientId().equals(call)) {
                view.showScript(text, said);
            }
        });
    }

    /** The key: the opening was said on this call. */
    public void markSaid() {
        UUID marking = call;
        Lead current = lead;
        if (marking == null || current == null || said) {
            return;
        }
        said = true;
        view.showScript(script == null ? "" : script, true);
        tasks.run("Marking the opening said", () -> openings.markSaid(marking, current.id(), agent, false), done -> {
        });
    }

    /** The call ended with its outcome recorded: the statement goes. */
    public void callRecorded() {
        call = null;
        view.hideScript();
    }

    List<CallRulesView.Mark> marksOf(LeadMarks m) {
        List<CallRulesView.Mark> shown = new ArrayList<>();
        if (!m.qaRisk().isEmpty()) {
            String deadline = m.qaDeadline() == null ? "-" : deadlineFormat.format(m.qaDeadline().atZone(zone.get()));
            shown.add(new CallRulesView.Mark("qa", messages.get("rules.mark.qaAtRisk", reasons(m.qaRisk(), "qa"),
                    deadline, hours(m.answeredHours())), CallRulesView.Level.LOUD));
        }
        if (!m.withdrawalRisk().isEmpty()) {
            shown.add(new CallRulesView.Mark("withdrawal", messages.get("rules.mark.withdrawal",
                    reasons(m.withdrawalRisk(), "withdrawal")), CallRulesView.Level.LOUD));
        }
        if (m.avoiding()) {
            shown.add(new CallRulesView.Mark("avoiding", messages.get("rules.mark.avoiding", m.unansweredInARow(),
                    hours(m.answeredHours()), hours(m.teamBestHours())), CallRulesView.Level.WARNING));
        }
        if (m.consentVerdict().flagged()) {
            shown.add(new CallRulesView.Mark("consent", messages.get(m.consentVerdict().labelKey()),
                    CallRulesView.Level.WARNING));
        }
        return shown;
    }

    private String reasons(Collection<? extends Enum<?>> reasons, String prefix) {
        return reasons.stream().map(r -> messages.get("rules.reason." + prefix + "." + r.name()))
                .collect(Collectors.joining(", "));
    }

    private String hours(Collection<Integer> hours) {
        return hours.isEmpty() ? "—" : hours.stream().map(h -> messages.get("rules.mark.hour", h))
                .collect(Collectors.joining(" · "));
    }
}

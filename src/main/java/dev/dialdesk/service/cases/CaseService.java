package dev.dialdesk.service.cases;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CasePromise;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.ChainRules;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.domain.cases.StepMove;
import dev.dialdesk.domain.cases.StepState;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cases and their chains: open one from the customer on screen or a typed number (with a template),
 * add, ask, answer, re-plan, snooze, finish and skip steps, close. Every change is saved conditionally
 * (a lost race is a {@link dev.dialdesk.storage.ConflictException}) and returns what moved and the step
 * proposed next. Not on the event thread.
 */
public final class CaseService {

    private final CaseStore store;
    private final ContactDirectory contacts;
    private final LeadLookup leads;
    private final Settings settings;
    private final Clock clock;

    public CaseService(CaseStore store, ContactDirectory contacts, LeadLookup leads, Settings settings, Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.leads = leads;
        this.settings = settings;
        this.clock = clock;
    }

    public ZoneId zone() {
        return settings.get(SettingKeys.CENTRE_ZONE);
    }

    public Instant now() {
        return clock.instant();
    }

    private ChainRules rules() {
        return new ChainRules(contacts::hoursOf, zone());
    }

    /** Opens a case; a template's steps are planned from now (the first one fitted to its party's hours). */
    public CaseChange open(AgentId agent, OpenCaseRequest request) {
        Instant now = clock.instant();
        Optional<Lead> lead = request.leadId() == null ? Optional.empty() : leads.byId(request.leadId());
        PhoneNumber phone = lead.map(Lead::phone).orElseGet(() -> parse(request.number()));
        if (lead.isEmpty()) {
            lead = leads.byPhone(phone);
        }
        String name = request.customerName() == null || request.customerName().isBlank()
                ? lead.map(Lead::name).orElse("") : request.customerName();
        List<CaseStep> steps = new ArrayList<>();
        if (request.templateId() != 0) {
            CaseTemplate template = store.templates().stream().filter(t -> t.id() == request.templateId()).findFirst()
                    .orElseThrow(() -> new UserFacingException(new Message("cases.error.noTemplate"),
                            "No template " + request.templateId()));
            steps.addAll(template.plan(now, contacts::ofTeam));
        }
        List<StepMove> moves = new ArrayList<>();
        if (!steps.isEmpty()) {
            CaseStep first = steps.get(0);
            Optional<StepMove> fitted = rules().fitToHours(first, first.dueAt(), StepMove.Reason.AFTER_ANSWER);
            fitted.ifPresent(m -> {
                moves.add(m);
                steps.set(0, first.due(m.to()));
            });
        }
        FollowUpCase draft = new FollowUpCase(0, agent, lead.map(Lead::id).orElse(null), phone, name, request.title(),
                request.problem(), CaseState.OPEN, request.promise(), now, null, 1, steps);
        FollowUpCase saved = store.insert(draft);
        return new CaseChange(saved, moves, ChainRules.next(saved));
    }

    private PhoneNumber parse(String number) {
        return PhoneNumber.tryParse(number, settings.get(SettingKeys.PHONE_REGION)).orElseThrow(() ->
                new UserFacingException(new Message("cases.error.number", number == null ? "" : number),
                        "Not a phone number for a case"));
    }

    public FollowUpCase get(long caseId) {
        return store.find(caseId).orElseThrow(() -> new UserFacingException(new Message("cases.error.gone"),
                "No case " + caseId));
    }

    public List<FollowUpCase> cases(AgentId agent, boolean openOnly) {
        return store.byAgent(agent, openOnly);
    }

    public List<FollowUpCase> forLead(long leadId) {
        return store.forLead(leadId);
    }

    public List<CaseTemplate> templates() {
        return store.templates();
    }

    public CaseTemplate saveTemplate(CaseTemplate template) {
        return store.saveTemplate(template);
    }

    /**
     * Saves a template typed in the window: {@code edited} null adds one, otherwise that template is
     * changed on condition of its version. A wrong step line, no step, no name or a name another
     * template has is refused in words and nothing is written.
     */
    public CaseTemplate saveTemplate(CaseTemplate edited, String name, String stepsText) {
        String[] lines = stepsText.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            try {
                CaseTemplate.parseSteps(lines[i]);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(new Message("cases.template.error.line", i + 1, lines[i].strip()),
                        "Template step line " + (i + 1) + " is wrong");
            }
        }
        List<CaseTemplate.Step> steps = CaseTemplate.parseSteps(stepsText);
        if (name.isBlank() || steps.isEmpty()) {
            throw new UserFacingException(new Message("cases.template.error.empty"), "Template without name or step");
        }
        long id = edited == null ? 0 : edited.id();
        if (store.templates().stream().anyMatch(t -> t.id() != id && t.name().equalsIgnoreCase(name.strip()))) {
            throw new UserFacingException(new Message("cases.template.error.name", name.strip()),
                    "Template name taken");
        }
        return store.saveTemplate(new CaseTemplate(id, name, steps, edited == null ? 1 : edited.version()));
    }

    /** Adds a step at the end, waiting on {@code waitsOn} (positions), due at {@code due} fitted to hours. */
    public CaseChange addStep(FollowUpCase c, Party party, String question, Instant due, List<Integer> waitsOn) {
        CaseStep step = CaseStep.planned(c.nextPosition(), party, question, due, waitsOn, Duration.ZERO);
        List<StepMove> moves = new ArrayList<>();
        Optional<StepMove> fitted = rules().fitToHours(step, due, StepMove.Reason.REPLANNED);
        fitted.ifPresent(moves::add);
        return save(c, List.of(fitted.map(m -> step.due(m.to())).orElse(step)), moves);
    }

    /** The party was asked; the case now waits for the answer. */
    public CaseChange asked(FollowUpCase c, long stepId) {
        return save(c, List.of(c.stepById(stepId).asked(clock.instant())), List.of());
    }

    /** Records an answer; the steps waiting on it are planned, and the next one proposed at once. */
    public CaseChange answer(FollowUpCase c, long stepId, String text, boolean dueFromGivenDate) {
        ChainRules.Change change = rules().answer(c, c.stepById(stepId).position(), text, clock.instant(),
                dueFromGivenDate);
        return save(c, change.steps(), change.moves());
    }

    /** Moves a step; the steps that wait on it move by the same amount (each move is reported). */
    public CaseChange replan(FollowUpCase c, long stepId, Instant newDue) {
        ChainRules.Change change = rules().replan(c, c.stepById(stepId).position(), newDue);
        return save(c, change.steps(), change.moves());
    }

    /** Hides a step's reminder for {@code minutes}; its due time stays. */
    public CaseChange snooze(FollowUpCase c, long stepId, int minutes) {
        return save(c, List.of(c.stepById(stepId).snoozed(clock.instant().plus(Duration.ofMinutes(minutes)))), List.of());
    }

    public CaseChange finishStep(FollowUpCase c, long stepId, StepState state) {
        if (state != StepState.DONE && state != StepState.SKIPPED) {
            throw new IllegalArgumentException("a step is finished as done or skipped");
        }
        return save(c, List.of(c.stepById(stepId).inState(state)), List.of());
    }

    public CaseChange promise(FollowUpCase c, CasePromise promise) {
        return save(c.withPromise(promise), List.of(), List.of());
    }

    /** Closes the case done or cancelled; its open steps are skipped. */
    public CaseChange close(FollowUpCase c, CaseState state) {
        if (state.isOpen()) {
            throw new IllegalArgumentException("a case is closed as done or cancelled");
        }
        List<CaseStep> skipped = c.steps().stream().filter(s -> s.state().isOpen())
                .map(s -> s.inState(StepState.SKIPPED)).toList();
        FollowUpCase closed = c.withSteps(skipped).inState(state, clock.instant());
        FollowUpCase saved = store.update(closed, skipped);
        return new CaseChange(saved, List.of(), Optional.empty());
    }

    private CaseChange save(FollowUpCase c, List<CaseStep> changed, List<StepMove> moves) {
        FollowUpCase after = c.withSteps(changed);
        if (after.state().isOpen()) {
            after = after.inState(ChainRules.openState(after), null);
        }
        FollowUpCase saved = store.update(after, changed);
        return new CaseChange(saved, moves, ChainRules.next(saved));
    }

    /**
     * The open case and step a call to {@code phone} belongs to: the customer's next step of their case,
     * or the open step calling that internal contact.
     */
    public Optional<CallContext> forCall(PhoneNumber phone) {
        for (FollowUpCase c : store.openForPhone(phone)) {
            Optional<CaseStep> step = ChainRules.ready(c).stream().filter(s -> s.party().isCustomer()).findFirst();
            return Optional.of(new CallContext(c, step.orElse(null)));
        }
        return contacts.findByPhone(phone).flatMap(contact -> store.openForContact(contact.id()).stream().findFirst()
                .map(c -> new CallContext(c, ChainRules.ready(c).stream()
                        .filter(s -> Long.valueOf(contact.id()).equals(s.party().contactId())).findFirst()
                        .orElse(null))));
    }

    /** A case and the step a call is about (null when none of its ready steps calls that party). */
    public record CallContext(FollowUpCase followUp, CaseStep step) {
    }
}

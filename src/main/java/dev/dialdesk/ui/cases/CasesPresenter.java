package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.agenda.AgendaItem;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.cases.StepState;
import dev.dialdesk.service.cases.CaseChange;
import dev.dialdesk.service.cases.CaseService;
import dev.dialdesk.service.cases.ContactDirectory;
import dev.dialdesk.service.cases.ContactFileReader;
import dev.dialdesk.service.cases.ReturnCallInbox;
import dev.dialdesk.service.cases.TodayAgenda;
import dev.dialdesk.ui.common.LatestRequest;
import dev.dialdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cases screen's logic, without Swing: loading the cases, the "today" list and the inbox; opening a
 * case; asking, answering, re-planning, snoozing, finishing steps; the inbox's typed numbers, pasted SMS
 * and imports. Every service call runs through the {@link TaskRunner}; the screen reloads after each
 * change and says what moved. A conflict reloads and says so.
 */
public final class CasesPresenter {

    private final CaseService cases;
    private final ReturnCallInbox inbox;
    private final TodayAgenda today;
    private final ContactDirectory contacts;
    private final CaseActions actions;
    private final CaseTexts texts;
    private final TaskRunner worker;
    /** The loads of the screen: a load started earlier never paints over a newer one (a stale case). */
    private final LatestRequest loads;
    private final Function<Throwable, String> describe;
    private final AgentId agent;
    private final List<Consumer<CasesSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<CaseService.CallContext>> callingListeners = new CopyOnWriteArrayList<>();
    private CasesView view;
    private CasesSnapshot current;

    public CasesPresenter(CaseService cases, ReturnCallInbox inbox, TodayAgenda today, ContactDirectory contacts,
                          CaseActions actions, CaseTexts texts, TaskRunner worker, Function<Throwable, String> describe,
                          AgentId agent) {
        this.cases = cases;
        this.inbox = inbox;
        this.today = today;
        this.contacts = contacts;
        this.actions = actions;
        this.texts = texts;
        this.worker = worker;
        this.loads = new LatestRequest(worker);
        this.describe = describe;
        this.agent = agent;
    }

    public void attach(CasesView casesView) {
        this.view = casesView;
    }

    /** Runs after every load (the tab title's count, the status label, the call screen's card). */
    public void addListener(Consumer<CasesSnapshot> listener) {
        listeners.add(listener);
    }

    /** Runs when an internal contact of a case is dialled from the screen (the call screen's card shows it). */
    public void addCallingListener(Consumer<CaseService.CallContext> listener) {
        callingListeners.add(listener);
    }

    public CasesSnapshot current() {
        return current;
    }

    /**
     * Loads the cases again. Loads overlap (the minute timer, each change's reload); the one started last
     * wins, so that a slower, older load cannot put a case's old version back on screen, where the next
     * change made from it would be refused as changed meanwhile.
     */
    public void refresh() {
        loads.run("Loading the cases", this::load, this::shown, error -> {
            if (view != null) {
                view.showMessage(describe.apply(error));
            }
        });
    }

    private CasesSnapshot load() {
        return new CasesSnapshot(cases.cases(agent, false), today.today(agent), inbox.returnCalls(), cases.now(),
                cases.zone());
    }

    private void shown(CasesSnapshot loaded) {
        current = loaded;
        if (view != null) {
            view.show(loaded);
        }
        listeners.forEach(l -> l.accept(loaded));
    }

    /** Opens a case for the customer on screen ({@code leadId}), or for a typed number (null). */
    public void newCase(Long leadId, String customerName) {
        run("Loading the templates", cases::templates, templates -> view.askNewCase(leadId, customerName, templates)
                .ifPresent(request -> change("Opening a case", () -> cases.open(agent, request))));
    }

    public void asked(FollowUpCase c, CaseStep step) {
        change("Marking a step asked", () -> cases.asked(c, step.id()));
    }

    public void answer(FollowUpCase c, CaseStep step) {
        view.askAnswer(step).ifPresent(a ->
                change("Answering a step", () -> cases.answer(c, step.id(), a.text(), a.dueFromGivenDate())));
    }

    /** The answer typed into the call screen's card. */
    public void answer(FollowUpCase c, CaseStep step, String text, Consumer<CaseChange> done) {
        run("Answering a step", () -> cases.answer(c, step.id(), text, false), change -> {
            say(change);
            done.accept(change);
            refresh();
        });
    }

    /** Adds a step at the end of the chain ("delivery again: can you come before 9?"). */
    public void addStep(FollowUpCase c) {
        run("Loading the contacts", contacts::all, all -> view.askNewStep(c, all).ifPresent(step ->
                change("Adding a step", () -> cases.addStep(c, step.party(), step.question(), step.due(),
                        step.waitsOnLast() && !c.steps().isEmpty() ? List.of(c.nextPosition() - 1) : List.of()))));
    }

    public void replan(FollowUpCase c, CaseStep step) {
        view.askDue(step.dueAt()).ifPresent(due -> change("Re-planning a step", () -> cases.replan(c, step.id(), due)));
    }

    public void finish(FollowUpCase c, CaseStep step, StepState state) {
        change("Finishing a step", () -> cases.finishStep(c, step.id(), state));
    }

    public void close(FollowUpCase c) {
        view.askClose(c).ifPresent(done -> change("Closing a case",
                () -> cases.close(c, done ? CaseState.DONE : CaseState.CANCELLED)));
    }

    /** Calls the step's party: the customer through the call screen, a contact by the dialer. */
    public void call(FollowUpCase c, CaseStep step) {
        if (step.party().isCustomer()) {
            if (c.leadId() != null) {
                actions.callLead(c.leadId());
            }
            return;
        }
        run("Calling an internal contact", () -> {
            Optional<InternalContact> contact = step.party().contactId() == null ? Optional.empty()
                    : contacts.find(step.party().contactId());
            contact.ifPresent(k -> actions.dialInternal(k.phone()));
            CaseChange change = step.state() == StepState.TODO ? cases.asked(c, step.id()) : null;
            return contact.isPresent() ? Optional.ofNullable(change) : null;
        }, dialled -> {
            view.showMessage(dialled == null ? texts.noContact(step) : texts.calling(step));
            if (dialled != null) {
                FollowUpCase after = dialled.map(CaseChange::followUp).orElse(c);
                callingListeners.forEach(l -> l.accept(new CaseService.CallContext(after, after.stepById(step.id()))));
            }
            refresh();
        });
    }

    /** Snooze on the today list: a step's reminder for 15 minutes, or the callback's by its own rule. */
    public void snooze(AgendaItem item) {
        if (item.source() == AgendaItem.Source.CALLBACK) {
            run("Snoozing a callback", () -> {
                actions.snoozeCallback(item.sourceId());
                return true;
            }, ok -> refresh());
        } else {
            change("Snoozing a step", () -> {
                FollowUpCase c = cases.get(item.caseId());
                return cases.snooze(c, item.sourceId(), 15);
            });
        }
    }

    /** Re-plan on the today list: a step (its dependants follow) or a callback. */
    public void replan(AgendaItem item) {
        view.askDue(item.dueAt()).ifPresent(due -> {
            if (item.source() == AgendaItem.Source.CALLBACK) {
                run("Moving a callback", () -> Optional.ofNullable(actions.moveCallback(item.sourceId(), due)),
                        problem -> {
                            view.showMessage(problem.orElse(""));
                            refresh();
                        });
            } else {
                change("Re-planning a step", () -> cases.replan(cases.get(item.caseId()), item.sourceId(), due));
            }
        });
    }

    /** Call now from the today list or the inbox: the lead comes to the call screen. */
    public void callNow(AgendaItem item) {
        if (item.leadId() != null) {
            actions.callLead(item.leadId());
        } else if (item.caseId() != null) {
            run("Loading a case", () -> cases.get(item.caseId()), c -> call(c, c.stepById(item.sourceId())));
        }
    }

    public void callBack(ReturnCall call) {
        if (call.match().leadId() != null) {
            actions.callLead(call.match().leadId());
        } else if (call.match().kind() == ReturnCall.Match.Kind.CONTACT) {
            run("Calling back an internal contact", () -> {
                actions.dialInternal(call.phone());
                return inbox.called(call.phone(), inbox.now());
            }, n -> refresh());
        } else {
            view.showMessage(texts.unknownCaller(call));
        }
    }

    public void typeNumber() {
        view.askNumber().ifPresent(number -> run("Adding a missed call", () -> inbox.addTyped(number), ok -> refresh()));
    }

    public void pasteSms() {
        view.askSms().ifPresent(text -> run("Adding a missed call", () -> inbox.addSms(text), ok -> refresh()));
    }

    public void importMissedCalls(Path file) {
        run("Importing missed calls", () -> inbox.importFile(file), added -> {
            view.showMessage(texts.missedImported(added, file));
            refresh();
        });
    }

    public void importContacts(Path file) {
        run("Importing contacts", () -> contacts.importFile(file), changed -> {
            view.showMessage(texts.contactsImported(changed, file));
            refresh();
        });
    }

    /** The address book form: a new contact or an edit, saved on condition (a stale edit is said in words). */
    public void editContact() {
        run("Loading the contacts", contacts::all, all -> view.askContact(all).ifPresent(entry ->
                run("Saving a contact", () -> contacts.saveTyped(entry.edited(), new ContactFileReader.Row(0,
                        entry.name(), entry.team(), entry.phone(), entry.hours(), entry.lunch())), saved -> {
                    view.showMessage(texts.contactSaved(saved.label()));
                    refresh();
                })));
    }

    public void editTemplate() {
        run("Loading the templates", cases::templates, templates -> view.askTemplate(templates).ifPresent(entry ->
                run("Saving a template", () -> cases.saveTemplate(entry.edited(), entry.name(), entry.steps()),
                        saved -> view.showMessage(texts.templateSaved(saved.name())))));
    }

    private void change(String context, Callable<CaseChange> work) {
        run(context, work, change -> {
            say(change);
            refresh();
        });
    }

    private void say(CaseChange change) {
        if (view != null) {
            view.showMessage(texts.describe(change));
        }
    }

    /** The call screen's card for a customer: the open case and step of the call, and all their cases. */
    public record CardContent(CaseService.CallContext context, List<FollowUpCase> customerCases) {
    }

    public void cardFor(long leadId, PhoneNumber phone, Consumer<CardContent> done) {
        run("Finding the case of a call", () -> new CardContent(cases.forCall(phone).orElse(null),
                cases.forLead(leadId)), done);
    }

    private <T> void run(String context, Callable<T> work, Consumer<T> done) {
        worker.run(context, work, done, error -> {
            if (view != null) {
                view.showMessage(describe.apply(error));
            }
            refresh(); // a refusal (changed meanwhile) or a failure: show the cases as they are now
        });
    }
}

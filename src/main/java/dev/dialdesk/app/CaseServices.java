package dev.dialdesk.app;

import dev.dialdesk.cli.CasesCommand;
import dev.dialdesk.cli.Command;
import dev.dialdesk.cli.ContactsCommand;
import dev.dialdesk.cli.InboxCommand;
import dev.dialdesk.cli.QueueCommand;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.calls.ContactCsvReader;
import dev.dialdesk.io.calls.MissedCallCsvReader;
import dev.dialdesk.io.cases.JacksonPlainJson;
import dev.dialdesk.service.callbacks.CallbackAgenda;
import dev.dialdesk.service.cases.CallbackAgendaItems;
import dev.dialdesk.service.cases.CaseService;
import dev.dialdesk.service.cases.CaseStats;
import dev.dialdesk.service.cases.ContactDirectory;
import dev.dialdesk.service.cases.LeadLookup;
import dev.dialdesk.service.cases.PlainJson;
import dev.dialdesk.service.cases.ReturnCallInbox;
import dev.dialdesk.service.cases.ReturnCallQueue;
import dev.dialdesk.service.cases.TodayAgenda;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.storage.jdbc.JdbcCaseStore;
import dev.dialdesk.storage.jdbc.JdbcContactStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcMissedCallStore;
import dev.dialdesk.storage.jdbc.JdbcQueueStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Follow-up chains and the return-call inbox (issue 15), built once by the {@link CompositionRoot}:
 * cases, templates, internal contacts, the inbox, the common "today" list and the team lead's numbers.
 */
public final class CaseServices {

    private final JdbcCaseStore caseStore;
    private final ContactDirectory contacts;
    private final CaseService cases;
    private final ReturnCallInbox inbox;
    private final CaseStats stats;
    private final ReturnCallQueue queue;
    private final LeadLookup leads;
    private final Clock clock;
    private TodayAgenda today;

    public CaseServices(JdbcDatabase database, Settings settings, Clock clock) {
        QueueStore queueStore = new JdbcQueueStore(database);
        this.clock = clock;
        this.leads = new LeadLookup() {
            @Override
            public Optional<Lead> byId(long leadId) {
                return queueStore.find(leadId).map(QueueStore.QueuedRow::lead);
            }

            @Override
            public Optional<Lead> byPhone(PhoneNumber phone) {
                return queueStore.findByPhone(phone).map(QueueStore.QueuedRow::lead);
            }
        };
        this.caseStore = new JdbcCaseStore(database, clock);
        this.contacts = new ContactDirectory(new JdbcContactStore(database), new ContactCsvReader(), settings);
        this.cases = new CaseService(caseStore, contacts, leads, settings, clock);
        this.inbox = new ReturnCallInbox(new JdbcMissedCallStore(database), caseStore, contacts, leads,
                new MissedCallCsvReader(), settings, clock);
        this.stats = new CaseStats(caseStore, clock);
        this.queue = new ReturnCallQueue(inbox);
        this.today = new TodayAgenda(cases, TodayAgenda.CallbackItems.NONE, clock);
    }

    /** The callbacks join the "today" list once the scheduler exists. */
    void withCallbacks(CallbackAgenda agenda) {
        this.today = new TodayAgenda(cases, new CallbackAgendaItems(agenda), clock);
    }

    /** A logged call to a lead returns that number's missed calls. */
    public void listenTo(CallService calls) {
        calls.addRecordedListener(recorded -> returned(recorded));
    }

    private void returned(CallLog.Recorded recorded) {
        leads.byId(recorded.attempt().leadId()).ifPresent(lead ->
                inbox.called(lead.phone(), recorded.attempt().startedAt()));
    }

    /** The built-in templates ("A/S repair"), in the language of the first start, when there are none. */
    public void seedTemplates(Messages messages) {
        if (caseStore.templates().isEmpty()) {
            caseStore.saveTemplate(new CaseTemplate(0, messages.get("cases.template.repair.name"),
                    CaseTemplate.parseSteps(messages.get("cases.template.repair.steps")), 1));
        }
    }

    public CaseService cases() {
        return cases;
    }

    public ContactDirectory contacts() {
        return contacts;
    }

    public ReturnCallInbox inbox() {
        return inbox;
    }

    public TodayAgenda today() {
        return today;
    }

    public CaseStats stats() {
        return stats;
    }

    public ReturnCallQueue returnCalls() {
        return queue;
    }

    /** The commands; the services (and the database) are built only when one runs. */
    static List<Command> commands(Supplier<CaseServices> services, Supplier<CallLoopServices> calls, Messages messages,
                                  Supplier<Optional<AgentId>> agent) {
        PlainJson json = new JacksonPlainJson();
        return List.of(
                new ContactsCommand(() -> services.get().contacts(), messages),
                new CasesCommand(() -> services.get().cases(), json, messages, agent),
                new InboxCommand(() -> services.get().inbox(), json, messages),
                new QueueCommand(() -> services.get().inbox(), () -> calls.get().workQueue(), json, messages, agent,
                        () -> calls.get().queuePreview()));
    }
}

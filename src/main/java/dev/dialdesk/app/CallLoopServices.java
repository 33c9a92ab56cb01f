package dev.dialdesk.app;

import dev.dialdesk.cli.Command;
import dev.dialdesk.cli.DialCommand;
import dev.dialdesk.cli.DncCommand;
import dev.dialdesk.cli.HolidaysCommand;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.calls.CommandTemplateDialer;
import dev.dialdesk.io.calls.DoNotCallCsvReader;
import dev.dialdesk.io.calls.HolidayFileParser;
import dev.dialdesk.service.calls.QueuePreview;
import dev.dialdesk.service.calls.Appointments;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.CallingPolicyService;
import dev.dialdesk.service.calls.Dialers;
import dev.dialdesk.service.calls.DoNotCallService;
import dev.dialdesk.service.calls.DueCallbacks;
import dev.dialdesk.service.calls.HolidayService;
import dev.dialdesk.service.calls.LeadLeases;
import dev.dialdesk.service.calls.PremiumSource;
import dev.dialdesk.service.calls.ReturnCalls;
import dev.dialdesk.service.calls.ShiftStatsService;
import dev.dialdesk.service.calls.WorkQueue;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.storage.DoNotCallStore;
import dev.dialdesk.storage.QueueStore;
import dev.dialdesk.service.outbox.Outbox;
import dev.dialdesk.storage.jdbc.JdbcCallAudit;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.storage.jdbc.JdbcQueueStore;
import dev.dialdesk.storage.jdbc.JdbcOutcomeUndo;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The call loop's stores and services, built once by the {@link CompositionRoot}. The callback
 * scheduler (issue 4) replaces the {@code NONE} hooks here; the premium comes from contracts (issue 5).
 */
public final class CallLoopServices {

    private final CallLog callLog;
    private final DoNotCallStore doNotCallStore;
    private final CallingPolicyService policies;
    private final Dialers dialers;
    private final WorkQueue workQueue;
    private final QueuePreview queuePreview;
    private final CallService callService;
    private final ShiftStatsService shiftStats;
    private final DoNotCallService doNotCall;
    private final HolidayService holidays;
    private final DispositionStore dispositionStore;
    private final LeadLeases leases;

    public CallLoopServices(JdbcDatabase database, Settings settings, Clock clock) {
        this(database, settings, clock, DueCallbacks.NONE, Appointments.NONE,
                new JdbcContractStore(database)::premiumWon); // premium sold, from contracts (issue 5)
    }

    public CallLoopServices(JdbcDatabase database, Settings settings, Clock clock, DueCallbacks callbacks,
                            Appointments appointments, PremiumSource premium) {
        this(database, settings, clock, callbacks, appointments, premium, ReturnCalls.NONE);
    }

    /** With the return-call inbox (issue 15): its calls come before retries and new leads. */
    public CallLoopServices(JdbcDatabase database, Settings settings, Clock clock, DueCallbacks callbacks,
                            Appointments appointments, PremiumSource premium, ReturnCalls returnCalls) {
        this(database, settings, clock, callbacks, appointments, premium, returnCalls, LeadLeases.none());
    }

    /** On the team server: the next lead is claimed through {@code leases} (renewed, released on close). */
    public CallLoopServices(JdbcDatabase database, Settings settings, Clock clock, DueCallbacks callbacks,
                            Appointments appointments, PremiumSource premium, ReturnCalls returnCalls,
                            LeadLeases leases) {
        this(database, settings, clock, callbacks, appointments, premium, returnCalls, leases, Outbox.none());
    }

    /**
     * With the desk's outbox (team server): an outcome the server cannot take now is kept and sent when
     * it answers; the listeners of the call service run then.
     */
    public CallLoopServices(JdbcDatabase database, Settings settings, Clock clock, DueCallbacks callbacks,
                            Appointments appointments, PremiumSource premium, ReturnCalls returnCalls,
                            LeadLeases leases, Outbox outbox) {
        this.leases = leases;
        QueueStore queueStore = outbox.queue(new JdbcQueueStore(database));
        JdbcHolidayStore holidayStore = new JdbcHolidayStore(database);
        this.callLog = outbox.callLog(new JdbcCallLog(database));
        this.doNotCallStore = new JdbcDoNotCallStore(database, clock);
        this.policies = new CallingPolicyService(settings, holidayStore);
        this.dialers = new Dialers(settings, List.of(new CommandTemplateDialer(() -> settings.get(CallSettingKeys.DIAL_COMMAND))));
        this.workQueue = new WorkQueue(queueStore, doNotCallStore, callLog, policies, callbacks, returnCalls, clock,
                new RulesServices(database, settings, clock).queueRules(), leases);
        this.queuePreview = new QueuePreview(queueStore, workQueue, clock);
        this.dispositionStore = outbox.dispositions(new JdbcDispositionStore(database));
        this.callService = new CallService(queueStore, doNotCallStore, new JdbcCallAudit(database), callLog,
                dispositionStore, policies, appointments, dialers, clock, new JdbcOutcomeUndo(database));
        outbox.addSentOutcomeListener(callService::outcomeSent);
        this.shiftStats = new ShiftStatsService(callLog, premium, policies, clock);
        this.doNotCall = new DoNotCallService(doNotCallStore, new DoNotCallCsvReader(), settings);
        this.holidays = new HolidayService(holidayStore, new HolidayFileParser(), policies);
    }

    /** Gives back every lead this desk holds on the server and stops renewing (the window closes). */
    public void releaseLeads() {
        leases.close();
    }

    /** What the queue would offer next, read-only ({@code queue --agent ID --limit N}). */
    public QueuePreview queuePreview() {
        return queuePreview;
    }

    public WorkQueue workQueue() {
        return workQueue;
    }

    public CallService callService() {
        return callService;
    }

    /** A call loop for one agent (the call screen holds one). */
    public CallSession session(AgentId agent) {
        return new CallSession(agent, workQueue, callService);
    }

    public ShiftStatsService shiftStats() {
        return shiftStats;
    }

    public DoNotCallService doNotCall() {
        return doNotCall;
    }

    /** For lead import: {@code contains(number)} and {@code flagListedLeads()}. */
    public DoNotCallStore doNotCallStore() {
        return doNotCallStore;
    }

    public HolidayService holidays() {
        return holidays;
    }

    public CallingPolicyService policies() {
        return policies;
    }

    /** The window registers its clipboard and URI dialers here. */
    public Dialers dialers() {
        return dialers;
    }

    public CallLog callLog() {
        return callLog;
    }

    /** The editable dispositions (tests and the headless commands). */
    public DispositionStore dispositionStore() {
        return dispositionStore;
    }

    /** The call loop's commands; the services (and the database) are built only when one runs. */
    static List<Command> commands(Supplier<CallLoopServices> calls, Messages messages,
                                  Supplier<Optional<AgentId>> agent) {
        return List.of(
                new DialCommand(() -> calls.get().callService(), () -> calls.get().doNotCall(), messages, agent),
                new DncCommand(() -> calls.get().doNotCall(), messages, agent),
                new HolidaysCommand(() -> calls.get().holidays(), messages));
    }
}

package dev.dialdesk.app;

import dev.dialdesk.app.bench.BenchCommand;
import dev.dialdesk.app.bench.Benchmark;
import dev.dialdesk.app.bench.CallbackBenchmark;
import dev.dialdesk.app.bench.CallLoopBenchmark;
import dev.dialdesk.app.bench.LeadSearchBenchmark;
import dev.dialdesk.app.bench.StartupBenchmark;
import dev.dialdesk.app.bench.PackageStartupBenchmark;
import dev.dialdesk.cli.BackupCommand;
import dev.dialdesk.app.bench.ContractsBenchmark;
import dev.dialdesk.app.bench.StatsBenchmark;
import dev.dialdesk.app.bench.StatsDashboardBenchmark;
import dev.dialdesk.cli.Command;
import dev.dialdesk.cli.RestoreCommand;
import dev.dialdesk.app.bench.ImportBenchmark;
import dev.dialdesk.app.bench.XlsxImportBenchmark;
import dev.dialdesk.cli.ImportCommand;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.JsonSettingsFile;
import dev.dialdesk.service.imports.LeadImportService;
import dev.dialdesk.service.leads.LeadDirectory;
import dev.dialdesk.service.backup.BackupService;
import dev.dialdesk.service.calls.LeadLeases;
import dev.dialdesk.service.reports.CheckedSection;
import dev.dialdesk.io.leads.ExcelCsvWriter;
import dev.dialdesk.io.leads.JacksonImportReportFormat;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.service.imports.DefaultLeadImportService;
import dev.dialdesk.service.callbacks.CallbackQueueHooks;
import dev.dialdesk.service.callbacks.ReRecordingDeadlines;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.LeadStore;
import dev.dialdesk.storage.PrivateFiles;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.sqlite.DatabaseLock;
import dev.dialdesk.storage.sqlite.NetworkShare;
import dev.dialdesk.storage.sqlite.SqliteBackups;
import dev.dialdesk.storage.jdbc.JdbcCallbackMetrics;
import dev.dialdesk.storage.jdbc.JdbcCallbackReportSection;
import dev.dialdesk.storage.jdbc.JdbcCaseReportSection;
import dev.dialdesk.storage.jdbc.JdbcContractMetrics;
import dev.dialdesk.storage.jdbc.JdbcContractReportSection;
import dev.dialdesk.storage.LeadClaims;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.jdbc.JdbcLeadImportSink;
import dev.dialdesk.storage.jdbc.JdbcLeadStore;
import dev.dialdesk.storage.sqlite.SqliteNativeLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds every service once and hands it on: the only place that knows the concrete classes.
 * Nothing else creates a store or a service; nothing calls {@code getInstance()}.
 *
 * <p>The database is opened on first use, so that {@code --help} stays instant and the window can
 * install its look and feel while the database opens on another thread.
 */
public final class CompositionRoot implements AutoCloseable {

    private final AppOptions options;
    private final AppPaths paths;
    private final Messages messages;
    private final Clock clock;
    private final Settings settings;

    private JdbcDatabase database;
    /** The team server this desk works on (from {@code --db} or the settings), or null for the local file. */
    private final DatabaseTarget.Server server;
    /** What only the team server has: login, claims, outbox, live updates, the team lead's commands. */
    private final TeamServerParts serverParts;
    private dev.dialdesk.service.leads.CustomerTimeline customerTimeline;
    private LeadStore leadStore;
    private CallLoopServices calls;
    private LeadDirectory leadDirectory;
    private DatabaseLock databaseLock;
    private BackupService backups;
    private final List<Message> storageWarnings = new ArrayList<>();
    private LeadImportService leadImportService;
    private CallbackServices callbacks;
    private ContractServices contracts;
    private StatsServices stats;
    private Thread shutdownHook;
    private CaseServices cases;
    private RulesServices rules;

    public CompositionRoot(AppOptions options, AppPaths paths, Clock clock) {
        this(options, paths, clock, null);
    }

    /** @param passwordPrompt asks for the server password (null: the console's) */
    public CompositionRoot(AppOptions options, AppPaths paths, Clock clock, PasswordPrompt passwordPrompt) {
        this.options = options;
        this.paths = paths;
        this.clock = clock;
        Locale locale = options.language() != null ? Locale.forLanguageTag(options.language()) : Locale.getDefault();
        this.messages = Messages.forLocale(locale);
        this.settings = new Settings(new JsonSettingsFile(paths.settingsFile()));
        this.server = ServerDesk.chosen(options, settings);
        this.serverParts = new TeamServerParts(options, paths.dataDir(), messages, clock, settings,
                passwordPrompt != null ? passwordPrompt : PasswordPrompt.console());
    }

    /** True when this desk works on the team server (PostgreSQL), false on the local SQLite file. */
    public boolean onServer() {
        return server != null;
    }

    public AppOptions options() {
        return options;
    }

    public AppPaths paths() {
        return paths;
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Opens the database on first call: the team server (refusing an older schema: {@code team init}
     * first), or the local file (migrating it, after a backup; the database lock first, so a second
     * Dialdesk on the same file is refused). Not on the event thread.
     */
    public synchronized JdbcDatabase database() {
        if (database == null) {
            if (server != null) {
                database = openServer();
                closeOnTermination();
                return database;
            }
            DatabaseLock lock = takeDatabaseLock();
            try {
                protectDataFolder();
                // Saves the driver copying its native library to the temp folder at every start.
                SqliteNativeLibrary.useCacheIn(paths.dataDir().resolve("native"));
                NetworkShare.warningFor(paths.database()).ifPresent(storageWarnings::add);
                // Built here, not in the hook: the hook runs on the writer thread while we hold this monitor.
                BackupService backupService = backups();
                database = SqliteDatabase.open(paths.database(),
                        (file, from, to) -> backupService.beforeMigration(from, to));
            } catch (RuntimeException e) {
                lock.close();
                throw e;
            }
            databaseLock = lock;
            closeOnTermination();
        }
        return database;
    }

    /** The team server as the login's agent; a login that is no agent of the centre is refused in words. */
    private PostgresDatabase openServer() {
        protectDataFolder();
        return serverParts.open(server, storageWarnings);
    }

    /** Lead claims on the team server (no lead on two screens); empty on the local file (one desk per file). */
    public synchronized Optional<LeadClaims> leadClaims() {
        return serverParts.leadClaims(database());
    }

    /**
     * SIGTERM (a log-off, {@code kill}, a service manager) runs the shutdown hooks: close the database
     * and release the lock there, so the next start finds a clean lock file rather than a stale one.
     */
    private void closeOnTermination() {
        shutdownHook = new Thread(this::close, "dialdesk-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void forgetShutdownHook() {
        if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs close() itself
        }
        shutdownHook = null;
    }

    // ---- data safety: lock, backups, warnings (issue 7) ----

    private DatabaseLock takeDatabaseLock() {
        return DatabaseLock.acquire(paths.database(), clock);
    }

    /** Takes the database lock for a command that replaces the file ({@code restore}). */
    public synchronized AutoCloseable lockDatabaseExclusively() {
        if (database != null) {
            throw new IllegalStateException("The database is open in this process");
        }
        return takeDatabaseLock();
    }

    /** The data folder holds settings, logs and backups: owner-only where the file system allows. */
    private void protectDataFolder() {
        try {
            PrivateFiles.createPrivateDirectories(paths.dataDir());
        } catch (IOException e) {
            throw new StorageException(new Message("error.storage.open", paths.dataDir().toString()),
                    "Cannot create the data folder " + paths.dataDir(), e);
        }
    }

    public synchronized BackupService backups() {
        if (backups == null) {
            Path file = paths.database();
            backups = new BackupService(new SqliteBackups(file), paths.backupDir(), file.getFileName().toString(), clock);
        }
        return backups;
    }

    /** Warnings about where the database lives (a network share), for the window to show once. */
    public synchronized List<Message> storageWarnings() {
        return List.copyOf(storageWarnings);
    }

    public synchronized LeadStore leadStore() {
        if (leadStore == null) {
            leadStore = outbox().leads(new JdbcLeadStore(database(), clock));
        }
        return leadStore;
    }

    /** The call loop: work queue, call service, shift stats, do-not-call, holidays. */
    public synchronized CallLoopServices calls() {
        if (calls == null) {
            // The callback scheduler fills the queue's due callbacks and the dial gate's appointments.
            // Contracts give the shift panel its premium and re-recording bookings their QA deadline.
            CallbackQueueHooks hooks = CallbackServices.queueHooks(database(), settings);
            ContractService contractService = contracts().service();
            CaseServices caseServices = cases();
            calls = new CallLoopServices(database(), settings, clock, hooks, hooks, contractService,
                    caseServices.returnCalls(), leadClaims().map(claims -> LeadLeases.renewing(outbox().claims(claims),
                            LeadLeases.DEFAULT_LEASE)).orElseGet(LeadLeases::none), outbox());
            ReRecordingDeadlines deadlines = (leadId, contractId) -> contractId != null
                    ? Optional.of(contractService.deadline(contractId))
                    : contractService.deadlineForLead(leadId);
            callbacks = new CallbackServices(database(), settings, clock, calls, deadlines, outbox());
            // Follow-up chains (issue 15): callbacks join the "today" list; a logged call returns missed calls.
            caseServices.withCallbacks(callbacks.agenda());
            caseServices.listenTo(calls.callService());
        }
        return calls;
    }

    /**
     * The desk's outbox on the team server ({@code outbox.db} in the data folder): what the agent saves
     * while the server cannot be reached waits there and is sent every few seconds once it answers. On
     * the local file there is none. Opens the database: not on the event thread.
     */
    public synchronized dev.dialdesk.service.outbox.Outbox outbox() {
        return serverParts.outbox(database());
    }

    /** Follow-up cases, internal contacts, the return-call inbox (issue 15). Not on the event thread. */
    public synchronized CaseServices cases() {
        if (cases == null) {
            cases = new CaseServices(database(), settings, clock);
            if (server == null) {
                cases.seedTemplates(messages); // on the server the templates are the centre's (the team lead's)
            }
        }
        return cases;
    }

    /** What the lead screen reads and writes. */
    public synchronized LeadDirectory leadDirectory() {
        if (leadDirectory == null) {
            leadDirectory = new LeadDirectory(leadStore(), () -> settings().get(SettingKeys.CENTRE_ZONE), clock);
        }
        return leadDirectory;
    }

    // --- lead import (issue 2) ---

    /** Lead batch import for the window and the CLI. Opens the database: not on the event thread. */
    public synchronized LeadImportService leadImportService() {
        if (leadImportService == null) {
            leadImportService = new DefaultLeadImportService(new LeadFiles(),
                    new JdbcLeadImportSink(database(), clock, DefaultLeadImportService.MAX_REPORTED_ISSUES),
                    new ExcelCsvWriter(), settings, messages, clock);
        }
        return leadImportService;
    }

    /** With {@code --demo}: seeds an empty demo database from the bundled sample data. Not on the event thread. */
    public void seedDemoIfNeeded() {
        if (options.demo()) {
            new DemoSeeder(this).seedIfEmpty();
        }
    }

    // --- end lead import ---

    /** The callback scheduler: booking, agenda, reminders (built with the call loop). */
    public synchronized CallbackServices callbacks() {
        calls();
        return callbacks;
    }

    /** Contracts and QA deadlines; the first call returns overdue QA cases. Not on the event thread. */
    public synchronized ContractServices contracts() {
        if (contracts == null) {
            contracts = new ContractServices(database(), settings, clock, outbox());
        }
        return contracts;
    }

    /** The customer's timeline of the call panel (issue 14). Opens the database: not on the event thread. */
    public synchronized dev.dialdesk.service.leads.CustomerTimeline customerTimeline() {
        if (customerTimeline == null) {
            customerTimeline = new dev.dialdesk.service.leads.CustomerTimeline(
                    new dev.dialdesk.storage.jdbc.JdbcCustomerTimelineStore(database()));
        }
        return customerTimeline;
    }

    /** Statistics, day reports, call history import (issue 6). */
    public synchronized StatsServices stats() {
        if (stats == null) {
            // The real sources: callbacks (issue 4) and contracts (issue 5), with their day-report sections.
            JdbcDatabase db = database();
            stats = new StatsServices(db, settings, clock, messages, new JdbcCallbackMetrics(db),
                    new JdbcContractMetrics(db, clock), List.of(CheckedSection.callbacks(new JdbcCallbackReportSection(db, clock)),
                            CheckedSection.contracts(new JdbcContractReportSection(db, clock)),
                            CheckedSection.cases(new JdbcCaseReportSection(db, clock))));
            // Imported contracts may hold this desk's open QA cases: the expiry looks again.
            stats.dayReports().addImportListener(() -> contracts().service().contractsImported());
        }
        return stats;
    }

    /** The rules of the floor and its numbers (issue 16). Opens the database: not on the event thread. */
    public synchronized RulesServices rules() {
        if (rules == null) {
            rules = new RulesServices(database(), settings, clock);
        }
        return rules;
    }

    /**
     * The agent this installation belongs to, once the first start has asked for it; on the team server
     * the agent of the login (known once the database is open).
     */
    public Optional<Agent> currentAgent() {
        if (server != null) {
            database();
            return serverParts.loginAgent();
        }
        String id = settings.get(SettingKeys.AGENT_ID);
        if (!AgentId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.of(new Agent(new AgentId(id), settings.get(SettingKeys.AGENT_NAME)));
    }

    /** Records who this installation belongs to: in the settings and as a row of the database. */
    public void registerAgent(Agent agent) {
        if (server != null) {
            throw new IllegalStateException("On the team server the agent is the login's; the team lead adds agents");
        }
        settings.set(SettingKeys.AGENT_ID, agent.id().value());
        settings.set(SettingKeys.AGENT_NAME, agent.name());
        leadStore().saveAgent(agent);
    }

    /** What other desks change on the team server (its change journal, PostgreSQL 014); nothing on the local file. Started by the window. */
    public synchronized dev.dialdesk.service.live.LiveUpdates liveUpdates() {
        return serverParts.liveUpdates(database());
    }

    /** Team mode for the commands: the server named by {@code --db postgresql://…}, opened on first use. */
    public synchronized TeamServices team() {
        return serverParts.team();
    }

    /** The headless commands. */
    public List<Command> commands() {
        if (options.server() == null) {
            return deskCommands();
        }
        return serverParts.commands(this::team, this::deskCommands, () -> currentAgent().map(Agent::id));
    }

    /** The commands of a desk (on its own file, or on the server as the login's agent). */
    private List<Command> deskCommands() {
        List<Command> commands = new ArrayList<>();
        commands.add(new ImportCommand(this::leadImportService, messages, new JacksonImportReportFormat(),
                () -> currentAgent().map(Agent::id)));
        commands.add(new BenchCommand(benchmarks()));
        commands.addAll(CallLoopServices.commands(this::calls, messages, () -> currentAgent().map(Agent::id)));
        commands.add(new BackupCommand(backups(), messages));
        commands.add(new RestoreCommand(backups(), this::lockDatabaseExclusively, messages));
        commands.add(CallbackServices.command(this::callbacks, messages, () -> currentAgent().map(Agent::id), clock));
        commands.addAll(ContractServices.commands(this::contracts, messages));
        commands.addAll(StatsServices.commands(this::stats, messages, this::currentAgent, report -> java.util.Map.of(
                "cases", cases().stats().json(report.range().from().atStartOfDay(report.zone()).toInstant(),
                        report.range().to().plusDays(1).atStartOfDay(report.zone()).toInstant()))));
        commands.addAll(CaseServices.commands(this::cases, this::calls, messages, () -> currentAgent().map(Agent::id)));
        commands.add(new dev.dialdesk.cli.HappyCallCommand(() -> rules().happyCalls(), messages,
                () -> currentAgent().map(Agent::id)));
        commands.add(new dev.dialdesk.cli.OpeningCommand(() -> rules().openings(), messages));
        commands.add(TeamCommands.team(this::team, messages));
        return commands;
    }

    /** The benchmark suite, in the order it runs. */
    private List<Benchmark> benchmarks() {
        List<Benchmark> benchmarks = new ArrayList<>();
        benchmarks.add(new CallLoopBenchmark());
        benchmarks.add(new LeadSearchBenchmark());
        benchmarks.add(new StartupBenchmark());
        benchmarks.add(new PackageStartupBenchmark());
        benchmarks.add(new ImportBenchmark(clock));
        benchmarks.add(new XlsxImportBenchmark(clock));
        benchmarks.add(new CallbackBenchmark());
        benchmarks.add(new ContractsBenchmark());
        benchmarks.add(new StatsBenchmark());
        benchmarks.add(new StatsDashboardBenchmark());
        return benchmarks;
    }

    @Override
    public synchronized void close() {
        forgetShutdownHook();
        if (calls != null) {
            calls.releaseLeads(); // each failure is logged there; a lease runs out by itself
        }
        serverParts.close(); // live updates, team services, outbox
        if (database instanceof SqliteDatabase sqlite) {
            sqlite.close();
        } else if (database instanceof PostgresDatabase postgres) {
            postgres.close();
        }
        database = null;
        if (databaseLock != null) {
            databaseLock.close();
            databaseLock = null;
        }
    }
}

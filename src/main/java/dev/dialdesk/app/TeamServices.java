package dev.dialdesk.app;

import dev.dialdesk.cli.TeamCommand;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.leads.ExcelCsvWriter;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.io.calls.DoNotCallCsvReader;
import dev.dialdesk.service.calls.DoNotCallService;
import dev.dialdesk.service.imports.DefaultLeadImportService;
import dev.dialdesk.service.imports.LeadImportService;
import dev.dialdesk.service.settings.CentreRules;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcLeadImportSink;
import dev.dialdesk.storage.postgres.DeskUpload;
import dev.dialdesk.storage.postgres.PostgresCentreSettings;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLogin;
import dev.dialdesk.storage.postgres.TeamAdmin;
import dev.dialdesk.storage.sqlite.SqliteDeskFile;
import dev.dialdesk.domain.AgentId;
import java.time.Clock;
import java.util.List;

/**
 * Team mode for the commands ({@code --db postgresql://…}): the ONE place that opens the team server
 * from a {@link DatabaseTarget.Server} (login role from {@code --db} or {@code PGUSER}, password from
 * {@code PGPASSWORD}, {@code ~/.pgpass} or a prompt), once, and builds the services over it: the team
 * lead's {@link TeamAdmin}, the centre's rules, the lead import with its hand-out, the do-not-call list.
 * The composition root choosing the engine for the whole app can take {@link #database()} over.
 */
public final class TeamServices implements TeamCommand.Team, AutoCloseable {

    private final DatabaseTarget.Server server;
    private final ServerLogin serverLogin;
    private final Settings settings;
    private final Messages messages;
    private final Clock clock;
    private PostgresLogin login;
    private PostgresDatabase database;
    private TeamAdmin initialised;

    public TeamServices(DatabaseTarget.Server server, ServerLogin serverLogin, Settings settings, Messages messages,
                        Clock clock) {
        this.server = server;
        this.serverLogin = serverLogin;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    public DatabaseTarget.Server server() {
        return server;
    }

    @Override
    public String describe() {
        return login().describe();
    }

    /** The login for this run: asked for (or read) once, kept in memory only. */
    public synchronized PostgresLogin login() {
        if (login == null) {
            login = serverLogin.resolve(server);
        }
        return login;
    }

    /** The team database at this build's schema (a desk's and the lead's); opened on first use. Not on the event thread. */
    public synchronized PostgresDatabase database() {
        if (database == null) {
            database = PostgresDatabase.open(login(), PostgresDatabase.Mode.REQUIRE_CURRENT);
        }
        return database;
    }

    /** {@code team init}: migrates the database as its owner and sets up the roles. */
    @Override
    public synchronized int init() {
        if (initialised == null) {
            initialised = TeamAdmin.init(login(), clock);
        }
        return initialised.database().schemaVersion();
    }

    /** The team lead's tools over the current schema (add-agent, agents, reassign). */
    public TeamAdmin admin() {
        return new TeamAdmin(database(), clock);
    }

    @Override
    public TeamCommand.Account addAgent(AgentId agent, String name, boolean teamLead, char[] password) {
        return account(admin().addAgent(agent, name, teamLead, password));
    }

    @Override
    public List<TeamCommand.Account> agents() {
        return admin().agents().stream().map(TeamServices::account).toList();
    }

    @Override
    public TeamCommand.Moved reassign(AgentId from, AgentId to, int limit) {
        TeamAdmin.Reassigned result = admin().reassign(from, to, limit);
        return new TeamCommand.Moved(result.moved(), result.held());
    }

    private static TeamCommand.Account account(TeamAdmin.Account account) {
        return new TeamCommand.Account(account.id(), account.name(), account.loginRole(), account.teamLead());
    }

    @Override
    public CentreRules centreRules() {
        return new CentreRules(new PostgresCentreSettings(database(), clock));
    }

    /** The import with the hand-out, as the login's role (the team lead's sees and writes every lead). */
    public LeadImportService leadImports() {
        return new DefaultLeadImportService(new LeadFiles(),
                new JdbcLeadImportSink(database(), clock, DefaultLeadImportService.MAX_REPORTED_ISSUES),
                new ExcelCsvWriter(), settings, messages, clock);
    }

    /** The centre-wide do-not-call list (an agent adds in their own name; nobody but the lead removes). */
    public DoNotCallService doNotCall() {
        return new DoNotCallService(new JdbcDoNotCallStore(database(), clock), new DoNotCallCsvReader(), settings);
    }

    /** {@code team upload --from DESK.db}: the desk file opened read-only, copied in one transaction. */
    @Override
    public TeamCommand.Uploaded upload(java.nio.file.Path deskFile, AgentId agent) {
        try (SqliteDeskFile desk = SqliteDeskFile.open(deskFile)) {
            DeskUpload.Result result = new DeskUpload(database(), clock).upload(desk, agent);
            return new TeamCommand.Uploaded(result.agent().value(), result.counts().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> new TeamCommand.UploadCount(e.getKey().name(), e.getValue().added(),
                            e.getValue().alreadyUploaded(), e.getValue().matched())).toList(),
                    result.matchedLeads().stream().map(m -> new TeamCommand.UploadMatch(m.localId(), m.serverId(),
                            m.maskedPhone(), m.owner() == null ? null : m.owner().value())).toList(),
                    result.doNotCallAdded(), result.doNotCallKnown());
        }
    }

    @Override
    public synchronized void close() {
        if (initialised != null) {
            initialised.close();
            initialised = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}

package dev.dialdesk.app;

import dev.dialdesk.cli.Command;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.live.LiveUpdates;
import dev.dialdesk.service.outbox.Outbox;
import dev.dialdesk.service.settings.CentreRules;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.ChangeFeed;
import dev.dialdesk.storage.LeadClaims;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.postgres.PostgresCentreSettings;
import dev.dialdesk.storage.postgres.PostgresChangeFeed;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLeadClaims;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What {@link CompositionRoot} builds only for the team server ({@code --db postgresql://…}): the login and
 * its agent, the centre's rules and the clock check when the server opens, lead claims, the outbox, the
 * change feed of live updates, and the team lead's services and commands. On the local file each part is
 * none (no claims, {@code Outbox.none()}, {@code ChangeFeed.none()}). Called under the root's lock.
 */
final class TeamServerParts {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TeamServerParts.class);

    private final AppOptions options;
    private final Path dataDir;
    private final Messages messages;
    private final Clock clock;
    private final Settings settings;
    private final PasswordPrompt passwordPrompt;
    /** On the server: the agent of the login, read when the database opens. */
    private Agent loginAgent;
    private TeamServices team;
    private LiveUpdates liveUpdates;
    private Outbox outbox;

    TeamServerParts(AppOptions options, Path dataDir, Messages messages, Clock clock, Settings settings,
                    PasswordPrompt passwordPrompt) {
        this.options = options;
        this.dataDir = dataDir;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
        this.passwordPrompt = passwordPrompt;
    }

    /**
     * The team server as the login's agent; a login that is no agent of the centre is refused in words. A
     * desk clock off the server's is added to {@code warnings}.
     */
    PostgresDatabase open(DatabaseTarget.Server server, List<Message> warnings) {
        ServerDesk.Opened opened = ServerDesk.open(server, typed -> passwordPrompt.ask(messages, typed));
        loginAgent = opened.agent();
        ServerDesk.clockWarning(opened.database(), clock, settings.get(SettingKeys.CENTRE_ZONE)).ifPresent(warning -> {
            LOG.warn("This desk's clock is off the team server's: {}", java.util.Arrays.toString(warning.args()));
            warnings.add(warning);
        });
        // The centre's rules (calling hours, QA deadline, cooling-off, premium target) are the server's.
        new CentreRules(new PostgresCentreSettings(opened.database(), clock)).applyTo(settings);
        return opened.database();
    }

    /** The agent of the login, once the server is open. */
    Optional<Agent> loginAgent() {
        return Optional.ofNullable(loginAgent);
    }

    /** Lead claims on the team server (no lead on two screens); empty on the local file (one desk per file). */
    Optional<LeadClaims> leadClaims(JdbcDatabase database) {
        return database instanceof PostgresDatabase postgres
                ? Optional.of(new PostgresLeadClaims(postgres)) : Optional.empty();
    }

    /** The desk's outbox ({@code outbox.db} in the data folder) on the team server; none on the local file. */
    Outbox outbox(JdbcDatabase database) {
        if (outbox == null) {
            outbox = database instanceof PostgresDatabase postgres
                    ? OutboxWiring.open(postgres, dataDir.resolve("outbox.db"), clock, messages)
                    : Outbox.none();
        }
        return outbox;
    }

    /** What other desks change on the team server (its change journal); nothing on the local file. */
    LiveUpdates liveUpdates(JdbcDatabase database) {
        if (liveUpdates == null) {
            liveUpdates = new LiveUpdates(database instanceof PostgresDatabase postgres
                    ? new PostgresChangeFeed(postgres.login(), clock)
                    : ChangeFeed.none());
        }
        return liveUpdates;
    }

    /** Team mode for the commands: the server named by {@code --db postgresql://…}, opened on first use. */
    TeamServices team() {
        if (team == null) {
            if (options.server() == null) {
                throw new dev.dialdesk.cli.Cli.UsageException(
                        "team commands work on the centre's server: give --db postgresql://LOGIN@HOST/DATABASE");
            }
            team = new TeamServices(options.server(),
                    ServerLogin.forThisMachine(typed -> passwordPrompt.ask(messages, typed)), settings, messages, clock);
        }
        return team;
    }

    /**
     * The commands on the team server: the team lead's and the import with its hand-out, then every desk
     * command but those of a local file (backup, restore), over the server as the login's agent.
     */
    List<Command> commands(Supplier<TeamServices> team, Supplier<List<Command>> deskCommands,
                           Supplier<Optional<AgentId>> agent) {
        List<Command> commands = new ArrayList<>(TeamCommands.onServer(team, messages, agent));
        Set<String> taken = new HashSet<>(List.of("backup", "restore"));
        commands.forEach(command -> taken.add(command.name()));
        deskCommands.get().stream().filter(command -> !taken.contains(command.name())).forEach(commands::add);
        return commands;
    }

    /** Stops the live updates, the team services and the outbox (what still waits stays in outbox.db). */
    void close() {
        if (liveUpdates != null) {
            liveUpdates.close();
            liveUpdates = null;
        }
        if (team != null) {
            team.close();
            team = null;
        }
        if (outbox != null) {
            outbox.close(); // what still waits stays in outbox.db for the next start
            outbox = null;
        }
    }
}

package dev.dialdesk.app;

import dev.dialdesk.app.bench.BenchCommand;
import dev.dialdesk.app.bench.Benchmark;
import dev.dialdesk.app.bench.CallLoopBenchmark;
import dev.dialdesk.app.bench.StatsBenchmark;
import dev.dialdesk.cli.Command;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.JsonSettingsFile;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.LeadStore;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import dev.dialdesk.storage.sqlite.SqliteLeadStore;
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

    private SqliteDatabase database;
    private LeadStore leadStore;
    private CallLoopServices calls;
    private StatsServices stats;

    public CompositionRoot(AppOptions options, AppPaths paths, Clock clock) {
        this.options = options;
        this.paths = paths;
        this.clock = clock;
        Locale locale = options.language() != null ? Locale.forLanguageTag(options.language()) : Locale.getDefault();
        this.messages = Messages.forLocale(locale);
        this.settings = new Settings(new JsonSettingsFile(paths.settingsFile()));
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

    /** Opens the database (migrating it) on first call. Not on the event thread. */
    public synchronized SqliteDatabase database() {
        if (database == null) {
            database = SqliteDatabase.open(paths.database());
        }
        return database;
    }

    public synchronized LeadStore leadStore() {
        if (leadStore == null) {
            leadStore = new SqliteLeadStore(database(), clock);
        }
        return leadStore;
    }

    /** The call loop: work queue, call service, shift stats, do-not-call, holidays. */
    public synchronized CallLoopServices calls() {
        if (calls == null) {
            calls = new CallLoopServices(database(), settings, clock);
        }
        return calls;
    }

    /** Statistics, day reports, call history import (issue 6). */
    public synchronized StatsServices stats() {
        if (stats == null) {
            stats = new StatsServices(database(), settings, clock, messages);
        }
        return stats;
    }

    /** The agent this installation belongs to, once the first start has asked for it. */
    public Optional<Agent> currentAgent() {
        String id = settings.get(SettingKeys.AGENT_ID);
        if (!AgentId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.of(new Agent(new AgentId(id), settings.get(SettingKeys.AGENT_NAME)));
    }

    /** Records who this installation belongs to: in the settings and as a row of the database. */
    public void registerAgent(Agent agent) {
        settings.set(SettingKeys.AGENT_ID, agent.id().value());
        settings.set(SettingKeys.AGENT_NAME, agent.name());
        leadStore().saveAgent(agent);
    }

    /** The headless commands. */
    public List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        commands.add(new BenchCommand(benchmarks()));
        commands.addAll(CallLoopServices.commands(this::calls, messages, () -> currentAgent().map(Agent::id)));
        commands.addAll(StatsServices.commands(this::stats, messages, this::currentAgent));
        return commands;
    }

    /** The benchmark suite, in the order it runs. */
    private List<Benchmark> benchmarks() {
        List<Benchmark> benchmarks = new ArrayList<>();
        benchmarks.add(new CallLoopBenchmark());
        benchmarks.add(new StatsBenchmark());
        return benchmarks;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}

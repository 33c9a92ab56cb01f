package dev.dialdesk.testing;

import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.service.calls.Appointments;
import dev.dialdesk.service.calls.DueCallbacks;
import dev.dialdesk.service.calls.LeadLeases;
import dev.dialdesk.service.calls.PremiumSource;
import dev.dialdesk.service.calls.ReturnCalls;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import dev.dialdesk.storage.postgres.PostgresLeadClaims;
import dev.dialdesk.storage.postgres.TeamAdmin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A centre on the test PostgreSQL server: a scratch database set up by {@code team init}, agents
 * added by {@code team add-agent} (each with a fresh password), leads put in by the team lead's SQL,
 * and desks (each agent's own {@link PostgresDatabase}, logged in as that agent).
 */
public final class TeamFixture implements AutoCloseable {

    public static final AgentId KIM = new AgentId("A1024");
    public static final AgentId LEE = new AgentId("A2048");
    public static final AgentId LEAD = new AgentId("TL01");

    public final PostgresTestServer.Scratch scratch;
    public final TeamAdmin admin;
    /** The centre's clock, and the clock of the call loops it builds ({@link #callLoop}); set or advanced by a test. */
    public final MutableClock clock = MutableClock.seoul("2026-03-10T10:00");
    private final Map<AgentId, String> passwords = new HashMap<>();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private int nextPhone = 1000;

    public TeamFixture() {
        this.scratch = PostgresTestServer.fromEnvironment().freshDatabase();
        try {
            this.admin = TeamAdmin.init(scratch.owner(), clock);
            opened.add(admin.database());
            addAgent(KIM, "김민준", false);
            addAgent(LEE, "이서연", false);
            addAgent(LEAD, "박팀장", true);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public void addAgent(AgentId agent, String name, boolean teamLead) {
        String password = UUID.randomUUID().toString();
        admin.addAgent(agent, name, teamLead, password.toCharArray());
        passwords.put(agent, password);
    }

    /** The agent's password (what the agent would type at the prompt). */
    public char[] password(AgentId agent) {
        return passwords.get(agent).toCharArray();
    }

    /** The agent's desk: a pool of connections logged in as the agent's own role. */
    public PostgresDatabase desk(AgentId agent) {
        PostgresDatabase desk = PostgresDatabase.open(scratch.as(TeamAdmin.loginRole(agent), passwords.get(agent)),
                PostgresDatabase.Mode.REQUIRE_CURRENT, 2);
        opened.add(desk);
        return desk;
    }

    /**
     * The agent's desk over the real call-loop services (no window): the agent's own login, claims
     * through the server with a lease renewed by hand ({@code LeadLeases.manual}), Seoul as the centre's
     * zone and {@link #clock}; the leads it holds are given back when the fixture closes.
     */
    public CallLoopServices callLoop(AgentId agent) {
        return callLoop(agent, LeadLeases.DEFAULT_LEASE);
    }

    /** {@link #callLoop(AgentId)} with a lease of {@code lease} (a short one to let it run out). */
    public CallLoopServices callLoop(AgentId agent, java.time.Duration lease) {
        PostgresDatabase database = desk(agent);
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        CallLoopServices loop = new CallLoopServices(database, settings, clock, DueCallbacks.NONE, Appointments.NONE,
                PremiumSource.NONE, ReturnCalls.NONE, LeadLeases.manual(new PostgresLeadClaims(database), lease));
        opened.add(loop::releaseLeads);
        return loop;
    }

    /**
     * The app on this server as {@code agent}'s login (the password typed at the prompt), its data folder
     * {@code dataDir}, the desk's zone that of {@code clock}, in {@code language}. The caller closes it.
     */
    public CompositionRoot app(AgentId agent, java.nio.file.Path dataDir, java.time.Clock clock, String language) {
        String url = scratch.owner().jdbcUrl();
        String role = agent.value().toLowerCase(java.util.Locale.ROOT);
        AppOptions options = AppOptions.parse("--db", url + (url.contains("?") ? "&" : "?") + "user=" + role,
                "--lang", language);
        AppPaths paths = AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, dataDir.toString()), "Linux", dataDir, null,
                false);
        CompositionRoot root = new CompositionRoot(options, paths, clock, (messages, shown) -> Optional.of(password(agent)));
        root.settings().set(SettingKeys.CENTRE_ZONE, clock.getZone());
        return root;
    }

    /** A plain JDBC connection as the agent, as if they used psql with their own login. */
    public Connection plainSql(AgentId agent) throws SQLException {
        Connection connection = scratch.connect(TeamAdmin.loginRole(agent), passwords.get(agent));
        opened.add(connection);
        return connection;
    }

    /** A batch of the agent, or of the shared pool when {@code agent} is null; returns its id. */
    public long batch(AgentId agent) {
        return insert("INSERT INTO lead_batch(name, agent_id, imported_at) VALUES ('batch', ?, 0) RETURNING id",
                agent == null ? null : agent.value());
    }

    /** A new lead with a fresh mobile number, owned by {@code agent} or in the pool (null). */
    public long lead(long batchId, AgentId agent) {
        return lead(batchId, agent, PhoneNumber.parse(String.format("010-7777-%04d", nextPhone++), "KR").number());
    }

    public long lead(long batchId, AgentId agent, PhoneNumber phone) {
        return insert("INSERT INTO lead(batch_id, agent_id, phone, name, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, '홍길동', 'NEW', 0, 0) RETURNING id", batchId, agent == null ? null : agent.value(),
                phone.e164());
    }

    public PhoneNumber phoneOf(long leadId) {
        return PhoneNumber.ofE164(admin.database().read(connection -> single(connection,
                "SELECT phone FROM lead WHERE id = " + leadId)));
    }

    /** The server's clock now, in epoch milliseconds (what rules leases and due retries there). */
    public long serverMillis() {
        return Long.parseLong(queryOne("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint"));
    }

    /**
     * A desk clock on the server's time, fixed now, in a zone where it is about midday, with the
     * centre's calling hours open every day: a desk test on the server's clock that may run at any hour.
     */
    public static MutableClock atServerNoon(TeamFixture team) {
        java.time.Instant now = java.time.Instant.ofEpochMilli(team.serverMillis());
        int utcHour = now.atZone(java.time.ZoneOffset.UTC).getHour();
        java.time.ZoneOffset noon = java.time.ZoneOffset.ofHours(12 - utcHour);
        team.callingHoursEveryDay();
        return new MutableClock(now, noon);
    }

    /** The centre's calling hours: every day 09:00-20:00. */
    private void callingHoursEveryDay() {
        sql("INSERT INTO centre_setting(key, value, updated_at) VALUES ('calls.hours', 'MON-SUN 09:00-20:00', 0) "
                + "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value");
    }

    /**
     * As {@link #atServerNoon}, but in a zone where it is night now (03:00 or 23:00): the centre's calling hours
     * (every day 09:00-20:00) are closed, while leases still run on the server's clock.
     */
    public static MutableClock atServerNight(TeamFixture team) {
        java.time.Instant now = java.time.Instant.ofEpochMilli(team.serverMillis());
        int utcHour = now.atZone(java.time.ZoneOffset.UTC).getHour();
        java.time.ZoneOffset night = java.time.ZoneOffset.ofHours((utcHour < 12 ? 3 : 23) - utcHour);
        team.callingHoursEveryDay();
        return new MutableClock(now, night);
    }

    /** Runs SQL as the database owner (the team lead's tools). */
    public void sql(String sql) {
        admin.database().write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    public String queryOne(String sql) {
        return admin.database().read(connection -> single(connection, sql));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private long insert(String sql, Object... args) {
        return admin.database().write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public void close() {
        IllegalStateException failure = null;
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                failure = failure == null ? new IllegalStateException("Closing the team fixture", e) : failure;
            }
        }
        opened.clear();
        scratch.close();
        if (failure != null) {
            throw failure;
        }
    }
}

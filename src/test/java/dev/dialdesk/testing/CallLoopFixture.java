package dev.dialdesk.testing;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.service.calls.Appointments;
import dev.dialdesk.service.calls.DueCallbacks;
import dev.dialdesk.service.calls.PremiumSource;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SQLite file with agents, batches and leads put in by SQL (lead import is another feature),
 * and the call loop's services over it, on a clock the test moves.
 */
public final class CallLoopFixture implements AutoCloseable {

    public static final AgentId KIM = new AgentId("A1024");
    public static final AgentId LEE = new AgentId("A2048");

    public final SqliteDatabase database;
    public final MutableClock clock;
    public final Settings settings = Settings.inMemory();
    public final List<DueCallbacks.DueCallback> dueCallbacks = new ArrayList<>();
    public final List<Appointments.Appointment> appointments = new ArrayList<>();
    private CallLoopServices services;
    private int nextPhone = 1000;

    public CallLoopFixture(Path dir, String seoulNow) {
        this.database = SqliteDatabase.open(dir.resolve("dialdesk.db"));
        this.clock = MutableClock.seoul(seoulNow);
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        sql("INSERT INTO agent(id, name, created_at) VALUES ('A1024', 'Kim', 0), ('A2048', 'Lee', 0)");
    }

    /** The services, built on first use (after the test changed settings). */
    public CallLoopServices services() {
        if (services == null) {
            services = new CallLoopServices(database, settings, clock,
                    (agent, now) -> dueCallbacks.stream().filter(c -> !c.dueAt().isAfter(now)).toList(),
                    (agent, leadId, now) -> appointments.stream()
                            .filter(a -> a.leadId() == leadId && a.agent().equals(agent)).findFirst(),
                    PremiumSource.NONE);
        }
        return services;
    }

    /** A batch of the agent, imported at {@code seoulDateTime}; returns its id. */
    public long batch(AgentId agent, String seoulDateTime) {
        long at = java.time.LocalDateTime.parse(seoulDateTime).atZone(TestClocks.SEOUL).toInstant().toEpochMilli();
        return insert("INSERT INTO lead_batch(name, agent_id, imported_at) VALUES ('batch', ?, ?)", agent.value(), at);
    }

    /** A new lead with a fresh mobile number; returns its id. */
    public long lead(long batchId, AgentId agent) {
        return lead(batchId, agent, PhoneNumber.parse(String.format("010-5555-%04d", nextPhone++), "KR").number());
    }

    public long lead(long batchId, AgentId agent, PhoneNumber phone) {
        return insert("INSERT INTO lead(batch_id, agent_id, phone, name, status, created_at, updated_at) "
                + "VALUES (?, ?, ?, '홍길동', 'NEW', 0, 0)", batchId, agent.value(), phone.e164());
    }

    public PhoneNumber phoneOf(long leadId) {
        return PhoneNumber.ofE164(queryString("SELECT phone FROM lead WHERE id = " + leadId));
    }

    public void zone(long leadId, ZoneId zone) {
        services().workQueue();
        sql("UPDATE lead SET time_zone = '" + zone.getId() + "' WHERE id = " + leadId);
    }

    public Instant seoul(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(TestClocks.SEOUL).toInstant();
    }

    public long count(String sql) {
        return database.read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public String queryString(String sql) {
        return database.read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    public void sql(String sql) {
        database.write(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }

    private long insert(String sql, Object... args) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                statement.executeUpdate();
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}

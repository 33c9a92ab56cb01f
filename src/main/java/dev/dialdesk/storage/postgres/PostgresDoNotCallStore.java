package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.storage.DoNotCallStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link DoNotCallStore} over the centre's {@code do_not_call} list on the server: a number added on
 * any desk is in force for every desk at its next claim or dial. An agent's connection reads the
 * whole list and adds numbers in its own name only; nobody but the team lead removes one (no grant).
 */
public final class PostgresDoNotCallStore implements DoNotCallStore {

    private final PostgresDatabase database;
    private final Clock clock;

    public PostgresDoNotCallStore(PostgresDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean contains(PhoneNumber number) {
        return find(number).isPresent();
    }

    @Override
    public Optional<DoNotCallEntry> find(PhoneNumber number) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT source, added_at, agent_id FROM do_not_call WHERE number = ?")) {
                statement.setString(1, number.e164());
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<DoNotCallEntry>empty();
                    }
                    String agent = rs.getString(3);
                    return Optional.of(new DoNotCallEntry(number, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            agent == null ? null : new AgentId(agent)));
                }
            }
        });
    }

    @Override
    public boolean add(PhoneNumber number, String source, AgentId agent) {
        return addAll(List.of(number), source, agent) == 1;
    }

    @Override
    public int addAll(Collection<PhoneNumber> numbers, String source, AgentId agent) {
        Instant now = clock.instant();
        return database.write(connection -> {
            int added = 0;
            for (PhoneNumber number : numbers) {
                if (insert(connection, number, source, agent, now, 0)) {
                    added++;
                }
            }
            return added;
        });
    }

    /** Inserts a number with its audit row, inside the caller's transaction; false when it was listed. */
    static boolean insert(Connection connection, PhoneNumber number, String source, AgentId agent, Instant at,
                          long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO do_not_call(number, source, added_at, agent_id) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (number) DO NOTHING")) {
            statement.setString(1, number.e164());
            statement.setString(2, source);
            statement.setLong(3, at.toEpochMilli());
            statement.setString(4, agent == null ? null : agent.value());
            if (statement.executeUpdate() == 0) {
                return false;
            }
        }
        PostgresCallAudit.insert(connection, new AuditEvent(at, agent, leadId, number.masked(),
                AuditEvent.Type.DNC_ADDED, source));
        return true;
    }

    @Override
    public int flagListedLeads() {
        long now = clock.millis();
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE lead l SET status = 'DO_NOT_CALL', next_eligible_at = NULL, updated_at = ?, "
                            + "version = l.version + 1 "
                            + "WHERE l.status <> 'DO_NOT_CALL' AND EXISTS (SELECT 1 FROM do_not_call d WHERE d.number = l.phone)")) {
                statement.setLong(1, now);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public long count() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM do_not_call");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}

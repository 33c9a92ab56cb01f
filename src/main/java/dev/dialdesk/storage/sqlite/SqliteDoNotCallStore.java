package dev.dialdesk.storage.sqlite;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.AuditEvent;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.domain.calls.StopScope;
import dev.dialdesk.storage.DoNotCallStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link DoNotCallStore} over {@code do_not_call} (one row per number and scope: product '' is all
 * marketing), auditing every addition in {@code call_audit}.
 */
public final class SqliteDoNotCallStore implements DoNotCallStore {

    private static final String COLUMNS = "source, added_at, agent_id, scope, product, list_date";

    private final SqliteDatabase database;
    private final Clock clock;

    public SqliteDoNotCallStore(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean contains(PhoneNumber number) {
        return find(number).isPresent();
    }

    @Override
    public Optional<DoNotCallEntry> find(PhoneNumber number) {
        return query(number, "SELECT " + COLUMNS + " FROM do_not_call WHERE number = ? ORDER BY product LIMIT 1", null);
    }

    @Override
    public Optional<DoNotCallEntry> findFor(PhoneNumber number, String product) {
        return query(number, "SELECT " + COLUMNS + " FROM do_not_call WHERE number = ? AND product IN ('', ?) "
                + "ORDER BY product LIMIT 1", product == null ? "" : product.strip());
    }

    private Optional<DoNotCallEntry> query(PhoneNumber number, String sql, String product) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, number.e164());
                if (product != null) {
                    statement.setString(2, product);
                }
                try (ResultSet rs = statement.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<DoNotCallEntry>empty();
                    }
                    String agent = rs.getString(3);
                    String listDate = rs.getString(6);
                    return Optional.of(new DoNotCallEntry(number, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            agent == null ? null : new AgentId(agent), StopScope.valueOf(rs.getString(4)),
                            rs.getString(5), listDate == null ? null : LocalDate.parse(listDate)));
                }
            }
        });
    }

    @Override
    public boolean add(PhoneNumber number, String source, AgentId agent) {
        return addAll(List.of(number), source, agent) == 1;
    }

    @Override
    public boolean addForProduct(PhoneNumber number, String product, String source, AgentId agent) {
        DoNotCallEntry entry = new DoNotCallEntry(number, source, clock.instant(), agent, StopScope.PRODUCT, product,
                null);
        return database.write(connection -> insert(connection, entry, 0));
    }

    @Override
    public int addAll(Collection<PhoneNumber> numbers, String source, AgentId agent) {
        return addOptOutList(numbers, null, source, agent);
    }

    @Override
    public int addOptOutList(Collection<PhoneNumber> numbers, LocalDate listDate, String source, AgentId agent) {
        Instant now = clock.instant();
        return database.write(connection -> {
            int added = 0;
            for (PhoneNumber number : numbers) {
                if (insert(connection, new DoNotCallEntry(number, source, now, agent, StopScope.ALL_MARKETING, "",
                        listDate), 0)) {
                    added++;
                }
            }
            return added;
        });
    }

    /** Inserts an all-marketing number with its audit row, inside the caller's write; false when it was listed. */
    static boolean insert(Connection connection, PhoneNumber number, String source, AgentId agent, Instant at,
                          long leadId) throws SQLException {
        return insert(connection, new DoNotCallEntry(number, source, at, agent), leadId);
    }

    private static boolean insert(Connection connection, DoNotCallEntry entry, long leadId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO do_not_call(number, product, scope, source, added_at, agent_id, list_date) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(number, product) DO NOTHING")) {
            statement.setString(1, entry.number().e164());
            statement.setString(2, entry.product());
            statement.setString(3, entry.scope().name());
            statement.setString(4, entry.source());
            statement.setLong(5, entry.addedAt().toEpochMilli());
            statement.setString(6, entry.agentId() == null ? null : entry.agentId().value());
            statement.setString(7, entry.listDate() == null ? null : entry.listDate().toString());
            if (statement.executeUpdate() == 0) {
                return false;
            }
        }
        String reason = entry.scope() == StopScope.PRODUCT ? entry.source() + " (product)" : entry.source();
        SqliteCallAudit.insert(connection, new AuditEvent(entry.addedAt(), entry.agentId(), leadId,
                entry.number().masked(), AuditEvent.Type.DNC_ADDED, reason));
        return true;
    }

    @Override
    public int flagListedLeads() {
        long now = clock.millis();
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE lead SET status = 'DO_NOT_CALL', next_eligible_at = NULL, updated_at = ? "
                            + "WHERE status <> 'DO_NOT_CALL' AND EXISTS (SELECT 1 FROM do_not_call d "
                            + "WHERE d.number = lead.phone AND d.product IN ('', coalesce(trim(lead.product), '')))")) {
                statement.setLong(1, now);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public long count() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(DISTINCT number) FROM do_not_call");
                 ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.MissedCall;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.storage.MissedCallStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link MissedCallStore} over {@code missed_call}: a return call is the open rows of one number. The
 * same SQL on both engines; on the team server an agent's connection sees the missed calls of the
 * agent's own customers and of numbers that are nobody's lead, never another agent's customer
 * (row-level security, PostgreSQL 005).
 */
public final class JdbcMissedCallStore implements MissedCallStore {

    private final JdbcDatabase database;

    public JdbcMissedCallStore(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public int add(List<MissedCall> calls) {
        return database.write(connection -> {
            int added = 0;
            // No conflict target: on the server one would need SELECT on the row, and a desk adds the
            // missed calls of customers it may not see (another agent's); (phone, at) is the one key.
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO missed_call(phone, at, name, source) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (MissedCall call : calls) {
                    s.setString(1, call.phone().e164());
                    s.setLong(2, call.at().toEpochMilli());
                    s.setString(3, call.name());
                    s.setString(4, call.source().name());
                    added += s.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public List<ReturnCall> open() {
        return database.read(connection -> {
            List<ReturnCall> calls = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT phone, count(*), min(at), max(at), "
                    + "max(name) FROM missed_call WHERE done_at IS NULL GROUP BY phone ORDER BY min(at), phone");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    calls.add(new ReturnCall(PhoneNumber.ofE164(rs.getString(1)), rs.getInt(2),
                            Instant.ofEpochMilli(rs.getLong(3)), Instant.ofEpochMilli(rs.getLong(4)), rs.getString(5),
                            ReturnCall.Match.UNKNOWN));
                }
            }
            return calls;
        });
    }

    @Override
    public int markReturned(PhoneNumber phone, Instant calledAt) {
        return database.write(connection -> {
            // Conditional on what matters: still open, and missed before the call (a later one stays open).
            try (PreparedStatement s = connection.prepareStatement("UPDATE missed_call SET done_at = ?, "
                    + "version = version + 1 WHERE phone = ? AND done_at IS NULL AND at <= ?")) {
                s.setLong(1, calledAt.toEpochMilli());
                s.setString(2, phone.e164());
                s.setLong(3, calledAt.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }
}

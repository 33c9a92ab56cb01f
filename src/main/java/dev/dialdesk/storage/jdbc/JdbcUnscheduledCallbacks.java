package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.UnscheduledCallback;
import dev.dialdesk.storage.UnscheduledCallbackStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link UnscheduledCallbackStore} over {@code lead} and {@code callback}: the same SQL on both engines. */
public final class JdbcUnscheduledCallbacks implements UnscheduledCallbackStore {

    private static final String WITHOUT_OPEN_CALLBACK = "l.status = 'CALLBACK' AND NOT EXISTS (SELECT 1 FROM callback c "
            + "WHERE c.lead_id = l.id AND c.status IN ('PENDING', 'MISSED'))";

    private final JdbcDatabase database;

    public JdbcUnscheduledCallbacks(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public List<UnscheduledCallback> forAgent(AgentId agent, int limit) {
        return database.read(connection -> {
            List<UnscheduledCallback> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT l.id, l.name, l.phone, coalesce(l.last_call_at, l.updated_at) FROM lead l "
                            + "WHERE l.agent_id = ? AND " + WITHOUT_OPEN_CALLBACK
                            + " ORDER BY coalesce(l.last_call_at, l.updated_at), l.id LIMIT ?")) {
                statement.setString(1, agent.value());
                statement.setInt(2, limit);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.add(new UnscheduledCallback(rs.getLong(1), rs.getString(2),
                                PhoneNumber.ofE164(rs.getString(3)), Instant.ofEpochMilli(rs.getLong(4))));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public boolean awaitsTime(long leadId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM lead l WHERE l.id = ? AND " + WITHOUT_OPEN_CALLBACK)) {
                statement.setLong(1, leadId);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }
}

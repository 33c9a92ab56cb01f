package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.rules.HappyCallTry;
import dev.dialdesk.storage.HappyCallStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link HappyCallStore} over {@code happy_call_attempt}, {@code contract.happy_call} and its audit, the
 * same SQL on both engines. The move is conditional on the state read ({@code happy_call = before}); on
 * the team server an agent's connection sees and records tries of the agent's own contracts only.
 */
public final class JdbcHappyCalls implements HappyCallStore {

    private final JdbcDatabase database;

    public JdbcHappyCalls(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public List<HappyCallTry> tries(long contractId) {
        return database.read(connection -> {
            List<HappyCallTry> tries = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT at, outcome, actor FROM "
                    + "happy_call_attempt WHERE contract_id = ? ORDER BY at, id")) {
                statement.setLong(1, contractId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        tries.add(new HappyCallTry(contractId, Instant.ofEpochMilli(rs.getLong(1)),
                                HappyCallTry.Outcome.valueOf(rs.getString(2)), rs.getString(3)));
                    }
                }
            }
            return tries;
        });
    }

    @Override
    public boolean record(HappyCallTry attempt, HappyCall before, HappyCall after) {
        long at = attempt.at().toEpochMilli();
        return database.write(connection -> {
            try (PreparedStatement state = connection.prepareStatement("UPDATE contract SET happy_call = ?, "
                    + "updated_at = ? WHERE id = ? AND happy_call = ?")) {
                state.setString(1, after.name());
                state.setLong(2, at);
                state.setLong(3, attempt.contractId());
                state.setString(4, before.name());
                if (state.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO happy_call_attempt(contract_id, at, outcome, actor) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, attempt.contractId());
                insert.setLong(2, at);
                insert.setString(3, attempt.outcome().name());
                insert.setString(4, attempt.actor());
                insert.executeUpdate();
            }
            if (after != before) {
                try (PreparedStatement audit = connection.prepareStatement("INSERT INTO contract_audit"
                        + "(contract_id, at, actor, field, old_value, new_value) VALUES (?, ?, ?, 'happy_call', ?, ?)")) {
                    audit.setLong(1, attempt.contractId());
                    audit.setLong(2, at);
                    audit.setString(3, attempt.actor());
                    audit.setString(4, before.name());
                    audit.setString(5, after.name());
                    audit.executeUpdate();
                }
            }
            return true;
        });
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.rules.OpeningScript;
import dev.dialdesk.storage.OpeningScriptStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OpeningScriptStore} over {@code opening_script} and {@code call_opening}, the same SQL on both
 * engines. On the team server the statements are the centre's (agents read, the team lead writes) and
 * an opening said is the agent's own, written once.
 */
public final class JdbcOpeningScripts implements OpeningScriptStore {

    private final JdbcDatabase database;

    public JdbcOpeningScripts(JdbcDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<OpeningScript> forProduct(String product) {
        String key = product == null ? "" : product.strip();
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT product, text, version "
                    + "FROM opening_script WHERE product IN (?, '') ORDER BY product DESC LIMIT 1")) {
                statement.setString(1, key);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(new OpeningScript(rs.getString(1), rs.getString(2), rs.getLong(3)))
                            : Optional.<OpeningScript>empty();
                }
            }
        });
    }

    @Override
    public List<OpeningScript> all() {
        return database.read(connection -> {
            List<OpeningScript> scripts = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT product, text, version FROM opening_script ORDER BY product");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    scripts.add(new OpeningScript(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return scripts;
        });
    }

    @Override
    public boolean save(OpeningScript script, Instant at) {
        return database.write(connection -> {
            String sql = script.version() == 0
                    ? "INSERT INTO opening_script(product, text, updated_at, version) VALUES (?, ?, ?, 1) "
                    + "ON CONFLICT(product) DO NOTHING"
                    : "UPDATE opening_script SET text = ?, updated_at = ?, version = version + 1 "
                    + "WHERE product = ? AND version = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (script.version() == 0) {
                    statement.setString(1, script.product());
                    statement.setString(2, script.text());
                    statement.setLong(3, at.toEpochMilli());
                } else {
                    statement.setString(1, script.text());
                    statement.setLong(2, at.toEpochMilli());
                    statement.setString(3, script.product());
                    statement.setLong(4, script.version());
                }
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean markSaid(UUID clientId, long leadId, AgentId agent, Instant at, boolean late) {
        return database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO call_opening"
                    + "(client_id, lead_id, agent_id, said_at, late) VALUES (?, ?, ?, ?, ?) ON CONFLICT(client_id) DO NOTHING")) {
                statement.setString(1, clientId.toString());
                statement.setLong(2, leadId);
                statement.setString(3, agent.value());
                statement.setLong(4, at.toEpochMilli());
                statement.setInt(5, late ? 1 : 0);
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean saidOn(UUID clientId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT 1 FROM call_opening WHERE client_id = ?")) {
                statement.setString(1, clientId.toString());
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}

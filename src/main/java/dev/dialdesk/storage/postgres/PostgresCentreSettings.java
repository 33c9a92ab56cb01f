package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.CentreSettingStore;
import dev.dialdesk.storage.ConflictException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The centre's rules on the team server ({@code centre_setting}, db/postgres/006-centre-settings.sql):
 * every agent reads them, only the team lead's role may write (the server refuses an agent's write).
 * A write names the version it read: a change made meanwhile by another team lead is a conflict.
 */
public final class PostgresCentreSettings implements CentreSettingStore {

    private final PostgresDatabase database;
    private final Clock clock;

    public PostgresCentreSettings(PostgresDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Map<String, String> load() {
        return database.read(connection -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT key, value FROM centre_setting ORDER BY key");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            return values;
        });
    }

    @Override
    public int version(String key) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT version FROM centre_setting WHERE key = ?")) {
                statement.setString(1, key);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void save(String key, String value, int expectedVersion, String by) {
        int changed = database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(expectedVersion == 0
                    ? "INSERT INTO centre_setting(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (key) DO NOTHING"
                    : "UPDATE centre_setting SET value = ?, updated_at = ?, updated_by = ?, version = version + 1 "
                            + "WHERE key = ? AND version = ?")) {
                if (expectedVersion == 0) {
                    statement.setString(1, key);
                    statement.setString(2, value);
                    statement.setLong(3, clock.millis());
                    statement.setString(4, by);
                } else {
                    statement.setString(1, value);
                    statement.setLong(2, clock.millis());
                    statement.setString(3, by);
                    statement.setString(4, key);
                    statement.setInt(5, expectedVersion);
                }
                return statement.executeUpdate();
            }
        });
        if (changed == 0) {
            throw new ConflictException(new Message("team.error.ruleChanged", key),
                    "centre_setting " + key + " changed since version " + expectedVersion);
        }
    }
}

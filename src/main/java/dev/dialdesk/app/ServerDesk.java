package dev.dialdesk.app;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.postgres.PostgresDatabase;
import java.util.Optional;
import java.util.function.Function;

/**
 * A desk on the team server: which server (from {@code --db} or the settings) and opening it as the
 * login's agent. A desk never migrates: an older schema is refused and the message asks for
 * {@code team init} (PostgresDatabase.Mode.REQUIRE_CURRENT).
 */
final class ServerDesk {

    /** The opened server and the agent of its login. */
    record Opened(PostgresDatabase database, Agent agent) {
    }

    /** How far a desk's clock may be off the server's before the desk is told (NTP keeps it within a second). */
    static final java.time.Duration CLOCK_TOLERANCE = java.time.Duration.ofMinutes(2);
    private static final java.time.format.DateTimeFormatter CLOCK_TEXT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ServerDesk() {
    }

    /**
     * The server's clock rules what is due and how long a claim lasts on the server (PostgreSQL 013);
     * this desk writes retry times from its own clock. A desk more than {@link #CLOCK_TOLERANCE} off
     * the server's is told so in words at login: its retries would come due early or late.
     */
    static Optional<Message> clockWarning(PostgresDatabase database, java.time.Clock desk, java.time.ZoneId zone) {
        long serverMs = database.read(connection -> {
            try (java.sql.Statement statement = connection.createStatement();
                 java.sql.ResultSet rs = statement.executeQuery(
                         "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return clockWarning(desk.instant(), java.time.Instant.ofEpochMilli(serverMs), zone);
    }

    static Optional<Message> clockWarning(java.time.Instant desk, java.time.Instant server, java.time.ZoneId zone) {
        long minutes = java.time.Duration.between(server, desk).abs().toMinutes();
        if (java.time.Duration.between(server, desk).abs().compareTo(CLOCK_TOLERANCE) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Message("warning.team.clock", CLOCK_TEXT.format(desk.atZone(zone)),
                CLOCK_TEXT.format(server.atZone(zone)), minutes));
    }

    /** {@code --db postgresql://…}, else the server picked in the settings unless {@code --db FILE} or the demo; else null. */
    static DatabaseTarget.Server chosen(AppOptions options, Settings settings) {
        if (options.server() != null || options.database() != null || options.demo()) {
            return options.server();
        }
        String picked = settings.get(SettingKeys.TEAM_SERVER).strip();
        if (picked.isEmpty()) {
            return null;
        }
        try {
            if (DatabaseTarget.parse(picked) instanceof DatabaseTarget.Server chosen) {
                return chosen;
            }
        } catch (IllegalArgumentException e) {
            throw new StorageException(new Message("error.team.serverSetting", e.getMessage()),
                    "The team server in the settings is not usable: " + e.getMessage(), e);
        }
        throw new StorageException(new Message("error.team.serverSetting", picked),
                "The team server in the settings is not a postgresql:// address", null);
    }

    /** Logs in (password from PGPASSWORD, ~/.pgpass or {@code prompt}) and finds the login's agent. */
    static Opened open(DatabaseTarget.Server server, Function<String, Optional<char[]>> prompt) {
        PostgresDatabase database = PostgresDatabase.open(ServerLogin.forThisMachine(prompt).resolve(server),
                PostgresDatabase.Mode.REQUIRE_CURRENT);
        try {
            Agent agent = database.loginAgent().orElseThrow(() -> new StorageException(
                    new Message("error.team.notAnAgent", database.login().describe()),
                    "The login " + database.login().describe() + " is no agent of the centre", null));
            return new Opened(database, agent);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}

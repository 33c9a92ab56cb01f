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

    private ServerDesk() {
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

package dev.dialdesk.app;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.postgres.PgPassFile;
import dev.dialdesk.storage.postgres.PostgresLogin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a desk logs in as on the team server, and with which password, by PostgreSQL's conventions:
 * the user named in {@code --db}, else {@code PGUSER}, else the system user; the password from
 * {@code PGPASSWORD}, else the password file ({@code PGPASSFILE} or {@code ~/.pgpass}, ignored when
 * others may read it, as libpq does), else the prompt. The password stays in memory; it is never
 * logged, saved or shown.
 */
public final class ServerLogin {

    private static final Logger LOG = LoggerFactory.getLogger(ServerLogin.class);

    private final Map<String, String> environment;
    private final Path home;
    private final Function<String, Optional<char[]>> prompt;

    /** @param prompt asks for the password of {@code user@host:port/db}; empty: not typed */
    ServerLogin(Map<String, String> environment, Path home, Function<String, Optional<char[]>> prompt) {
        this.environment = environment;
        this.home = home;
        this.prompt = prompt;
    }

    /** For this machine: the process's environment and the user's home folder. */
    public static ServerLogin forThisMachine(Function<String, Optional<char[]>> prompt) {
        return new ServerLogin(System.getenv(), Path.of(System.getProperty("user.home")), prompt);
    }

    public PostgresLogin resolve(DatabaseTarget.Server server) {
        String user = user(server);
        String password = password(server, user);
        return new PostgresLogin(server.jdbcUrl(), user, password);
    }

    String user(DatabaseTarget.Server server) {
        if (server.user() != null) {
            return server.user();
        }
        String fromEnvironment = environment.get("PGUSER");
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment
                : System.getProperty("user.name", "");
    }

    private String password(DatabaseTarget.Server server, String user) {
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Optional<String> fromFile = fromPasswordFile(server, user);
        if (fromFile.isPresent()) {
            return fromFile.get();
        }
        String shown = user + "@" + server.host() + ":" + server.port() + "/" + server.database();
        char[] typed = prompt.apply(shown).orElseThrow(() -> new StorageException(
                new Message("error.team.noPassword", shown), "No password for " + shown + " (none given or typed)", null));
        return new String(typed);
    }

    private Optional<String> fromPasswordFile(DatabaseTarget.Server server, String user) {
        PgPassFile file = new PgPassFile(passwordFile());
        try {
            if (file.tooOpen()) {
                LOG.warn("Ignoring the password file {}: the group or others may read it; chmod 600 it", file.file());
                return Optional.empty();
            }
            String host = server.host().startsWith("[") ? server.host().substring(1, server.host().length() - 1)
                    : server.host();
            return file.passwordFor(host, server.port(), server.database(), user);
        } catch (IOException e) {
            LOG.warn("Could not read the password file {}: {}", file.file(), e.toString());
            return Optional.empty();
        }
    }

    Path passwordFile() {
        String named = environment.get("PGPASSFILE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String appData = environment.get("APPDATA");
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return windows && appData != null ? Path.of(appData, "postgresql", "pgpass.conf") : home.resolve(".pgpass");
    }
}

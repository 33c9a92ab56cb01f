package dev.dialdesk.app;

import dev.dialdesk.cli.PasswordPrompt;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of a login to the team server, found the way PostgreSQL's own tools find it:
 * {@code PGPASSWORD}, then the password file ({@code PGPASSFILE} or {@code ~/.pgpass}, lines of
 * {@code host:port:database:user:password} with {@code *} for any and {@code \:} for a colon; ignored,
 * as libpq does, when others may read it), then a prompt at the terminal. Kept in memory only; never
 * logged, never on the command line.
 */
public final class ServerPasswords {

    private static final Logger LOG = LoggerFactory.getLogger(ServerPasswords.class);
    private static final Set<PosixFilePermission> OPEN = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Map<String, String> environment;
    private final Path home;
    private final PasswordPrompt prompt;

    public ServerPasswords(Map<String, String> environment, Path home, PasswordPrompt prompt) {
        this.environment = environment;
        this.home = home;
        this.prompt = prompt;
    }

    /** The machine's own: its environment, the user's home folder and the terminal. */
    public static ServerPasswords ofThisProcess() {
        return new ServerPasswords(System.getenv(), Path.of(System.getProperty("user.home")), PasswordPrompt.console());
    }

    /** The login role to use: the one named in {@code --db}, else {@code PGUSER}. */
    public String user(DatabaseTarget.Server server) {
        if (server.user() != null) {
            return server.user();
        }
        String user = environment.get("PGUSER");
        if (user == null || user.isBlank()) {
            throw new UserFacingException(new Message("team.error.noUser", server.describe()),
                    "No login role in --db and no PGUSER");
        }
        return user;
    }

    public String password(DatabaseTarget.Server server, String user) {
        String fromEnvironment = environment.get("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Optional<String> fromFile = fromPasswordFile(server, user);
        if (fromFile.isPresent()) {
            return fromFile.get();
        }
        return prompt.ask("Password for " + user + "@" + server.host() + ": ").map(String::new)
                .orElseThrow(() -> new UserFacingException(new Message("team.error.noPassword", user + "@"
                        + server.host()), "No password for the team server: no PGPASSWORD, ~/.pgpass entry or terminal"));
    }

    private Optional<String> fromPasswordFile(DatabaseTarget.Server server, String user) {
        String named = environment.get("PGPASSFILE");
        Path file = named != null && !named.isBlank() ? Path.of(named) : home.resolve(".pgpass");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (tooOpen(file)) {
                LOG.warn("Password file {} ignored: others may read it (chmod 0600 it)", file);
                return Optional.empty();
            }
            for (String line : Files.readAllLines(file)) {
                Optional<String> password = match(line, server, user);
                if (password.isPresent()) {
                    return password;
                }
            }
        } catch (IOException e) {
            LOG.warn("Password file {} cannot be read: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    private static boolean tooOpen(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.stream().anyMatch(OPEN::contains);
        } catch (UnsupportedOperationException e) {
            return false; // Windows: %APPDATA%\postgresql\pgpass.conf is the user's own by its folder
        }
    }

    /** One line of the password file, against this server, database and user. */
    static Optional<String> match(String line, DatabaseTarget.Server server, String user) {
        if (line.isBlank() || line.startsWith("#")) {
            return Optional.empty();
        }
        List<String> fields = fields(line);
        if (fields.size() != 5) {
            return Optional.empty();
        }
        String host = server.host().startsWith("[") ? server.host().substring(1, server.host().length() - 1) : server.host();
        boolean matches = any(fields.get(0), host) && any(fields.get(1), String.valueOf(server.port()))
                && any(fields.get(2), server.database()) && any(fields.get(3), user);
        return matches ? Optional.of(fields.get(4)) : Optional.empty();
    }

    private static boolean any(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

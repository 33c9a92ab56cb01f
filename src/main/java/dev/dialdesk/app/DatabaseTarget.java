package dev.dialdesk.app;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code --db} names: a local SQLite file (a path, as always) or a team database on a
 * PostgreSQL server, given as a URI ({@code postgresql://agent01@server:5432/dialdesk?sslmode=verify-full})
 * or a pgjdbc URL ({@code jdbc:postgresql://server/dialdesk?user=agent01&sslmode=require}). A
 * password in the value is refused: a command line shows in the process list and in shell history;
 * passwords come from {@code ~/.pgpass}, {@code PGPASSWORD} or a prompt.
 */
public sealed interface DatabaseTarget {

    /** The local SQLite database file (the default for a single agent). */
    record LocalFile(Path file) implements DatabaseTarget {
        public LocalFile {
            Objects.requireNonNull(file, "file");
        }
    }

    /** A team database: server, port, database, login role (null: asked at start) and TLS mode (null: driver default). */
    record Server(String host, int port, String database, String user, String sslMode) implements DatabaseTarget {

        public Server {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
        }

        /** The pgjdbc URL without credentials (the login role and password are passed apart). */
        public String jdbcUrl() {
            String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
            return sslMode == null ? url : url + "?sslmode=" + sslMode;
        }

        /** {@code user@host:port/database}, for messages and logs (never a password). */
        public String describe() {
            return (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
        }
    }

    int DEFAULT_PORT = 5432;
    Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Parses the value of {@code --db}; throws {@link IllegalArgumentException} saying what is wrong. */
    static DatabaseTarget parse(String value) {
        Objects.requireNonNull(value, "value");
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return parseServer(value, value.substring(value.indexOf("://") + 3), true);
        }
        if (lower.startsWith("jdbc:postgresql://")) {
            return parseServer(value, value.substring("jdbc:postgresql://".length()), false);
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db " + value + ": write the server as jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("--db needs a database file or a postgresql:// address");
        }
        return new LocalFile(Path.of(value));
    }

    private static Server parseServer(String original, String rest, boolean uri) {
        int query = rest.indexOf('?');
        Map<String, String> params = query < 0 ? Map.of() : params(original, rest.substring(query + 1));
        String authority = query < 0 ? rest : rest.substring(0, query);
        int slash = authority.indexOf('/');
        String database = slash < 0 ? "" : decode(authority.substring(slash + 1));
        String hostPart = slash < 0 ? authority : authority.substring(0, slash);
        String user = params.get("user");
        int at = hostPart.lastIndexOf('@');
        if (at >= 0) {
            if (!uri) {
                throw new IllegalArgumentException("--db " + original + ": a JDBC URL names the user as ?user=NAME");
            }
            String userInfo = hostPart.substring(0, at);
            if (userInfo.contains(":")) {
                throw bad(original, "a password does not belong on the command line; use ~/.pgpass or PGPASSWORD");
            }
            user = decode(userInfo);
            hostPart = hostPart.substring(at + 1);
        }
        if (params.containsKey("password")) {
            throw bad(original, "a password does not belong on the command line; use ~/.pgpass or PGPASSWORD");
        }
        String[] hostAndPort = hostAndPort(original, hostPart);
        if (database.isEmpty() || database.contains("/")) {
            throw bad(original, "name the database after the server, e.g. postgresql://agent01@server/dialdesk");
        }
        String sslMode = params.get("sslmode");
        if (sslMode != null && !SSL_MODES.contains(sslMode)) {
            throw bad(original, "sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full");
        }
        return new Server(hostAndPort[0], port(original, hostAndPort[1]), database,
                user == null || user.isEmpty() ? null : user, sslMode);
    }

    private static String[] hostAndPort(String original, String hostPart) {
        String host;
        String port = null;
        if (hostPart.startsWith("[")) {
            int close = hostPart.indexOf(']');
            if (close < 0) {
                throw bad(original, "an IPv6 address is written in brackets, e.g. [::1]:5432");
            }
            host = hostPart.substring(0, close + 1);
            if (hostPart.length() > close + 1) {
                if (hostPart.charAt(close + 1) != ':') {
                    throw bad(original, "expected :PORT after the address");
                }
                port = hostPart.substring(close + 2);
            }
        } else {
            int colon = hostPart.indexOf(':');
            host = colon < 0 ? hostPart : hostPart.substring(0, colon);
            port = colon < 0 ? null : hostPart.substring(colon + 1);
        }
        if (host.isEmpty() || host.contains(",")) {
            throw bad(original, "name one server, e.g. postgresql://agent01@db.centre.local/dialdesk");
        }
        return new String[] {host, port};
    }

    private static int port(String original, String port) {
        if (port == null || port.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int number = Integer.parseInt(port);
            if (number >= 1 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw bad(original, "the port must be a number from 1 to 65535, not " + port);
    }

    private static Map<String, String> params(String original, String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (!Set.of("user", "password", "sslmode").contains(key)) {
                throw bad(original, "unknown option " + key + " (known: user, sslmode)");
            }
            params.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException bad(String original, String what) {
        String shown = original.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("://([^:/@]*):[^@/]*@", "://$1:***@");
        return new IllegalArgumentException("--db " + shown + ": " + what);
    }
}

package dev.dialdesk.testing;

import dev.dialdesk.storage.postgres.PostgresLogin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The test server of {@link RequiresPostgres}: each {@link #freshDatabase()} is a new, empty database
 * on it, dropped again by {@link Scratch#close()}. Roles (dialdesk_agent, dialdesk_lead, agents'
 * logins) are the cluster's and outlive a scratch database; the tests set them up idempotently.
 */
public final class PostgresTestServer {

    private final String baseUrl;
    private final String database;
    private final Map<String, String> options;
    private final String user;
    private final String password;

    private PostgresTestServer(String url) {
        String withoutPrefix = url.substring("jdbc:postgresql://".length());
        int query = withoutPrefix.indexOf('?');
        String hostAndDb = query < 0 ? withoutPrefix : withoutPrefix.substring(0, query);
        Map<String, String> params = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : withoutPrefix.substring(query + 1).split("&")) {
                int eq = pair.indexOf('=');
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        this.user = params.remove("user");
        this.password = params.remove("password");
        this.options = params;
        int slash = hostAndDb.indexOf('/');
        this.baseUrl = "jdbc:postgresql://" + hostAndDb.substring(0, slash) + "/";
        this.database = hostAndDb.substring(slash + 1);
    }

    /** The server named by {@code DIALDESK_TEST_POSTGRES}; call only from a {@link RequiresPostgres} class. */
    public static PostgresTestServer fromEnvironment() {
        String url = System.getenv(RequiresPostgres.VARIABLE);
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException(RequiresPostgres.VARIABLE + " must be a jdbc:postgresql:// URL; "
                    + RequiresPostgres.HOW_TO);
        }
        return new PostgresTestServer(url);
    }

    /** The administrator's login to the database of the variable. */
    public PostgresLogin adminLogin() {
        return loginTo(database, user, password);
    }

    public PostgresLogin loginTo(String db, String role, String rolePassword) {
        StringBuilder url = new StringBuilder(baseUrl).append(db);
        String separator = "?";
        for (Map.Entry<String, String> option : options.entrySet()) {
            url.append(separator).append(option.getKey()).append('=').append(option.getValue());
            separator = "&";
        }
        return new PostgresLogin(url.toString(), role, rolePassword);
    }

    /** A new empty database owned by the test administrator. */
    public Scratch freshDatabase() {
        String name = "dialdesk_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + name);
        return new Scratch(name);
    }

    private void admin(String sql) {
        PostgresLogin admin = adminLogin();
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test server: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    /** One scratch database; {@link #close()} drops it, disconnecting whoever is still on it. */
    public final class Scratch implements AutoCloseable {

        private final String name;

        private Scratch(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** The administrator (owner of the scratch database: runs team init). */
        public PostgresLogin owner() {
            return loginTo(name, user, password);
        }

        public PostgresLogin as(String role, String rolePassword) {
            return loginTo(name, role, rolePassword);
        }

        /** A plain JDBC connection (no Dialdesk code in between), for what a user could do with psql. */
        public Connection connect(String role, String rolePassword) throws SQLException {
            PostgresLogin login = as(role, rolePassword);
            return DriverManager.getConnection(login.jdbcUrl(), login.user(), login.password());
        }

        @Override
        public void close() {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}

package dev.dialdesk.storage.postgres;

import java.util.Objects;

/**
 * Where and as whom to connect: a pgjdbc URL without credentials ({@code jdbc:postgresql://host:port/db},
 * with {@code sslmode} and other driver options as query parameters), the login role and its
 * password. The password is kept in memory only and never printed: {@link #toString()} and
 * {@link #describe()} leave it out.
 */
public record PostgresLogin(String jdbcUrl, String user, String password) {

    public PostgresLogin {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + describeUrl(jdbcUrl));
        }
        if (jdbcUrl.contains("password=")) {
            throw new IllegalArgumentException("The JDBC URL must not carry the password; pass it apart");
        }
    }

    /** The same server and database as another role (an agent's login next to the team lead's). */
    public PostgresLogin as(String otherUser, String otherPassword) {
        return new PostgresLogin(jdbcUrl, otherUser, otherPassword);
    }

    /** {@code user@host:port/db}, for messages and logs. */
    public String describe() {
        return user + "@" + describeUrl(jdbcUrl);
    }

    private static String describeUrl(String url) {
        String rest = url.replaceFirst("^jdbc:postgresql://", "");
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    @Override
    public String toString() {
        return "PostgresLogin[" + describe() + "]";
    }
}

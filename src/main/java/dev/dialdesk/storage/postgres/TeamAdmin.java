package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.AgentId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team lead's set-up of a centre's database ({@code team init}, {@code team add-agent}), run as
 * the database's owner (a role with CREATEROLE): the schema and its row-level security, the group
 * roles {@code dialdesk_agent} and {@code dialdesk_lead}, and one login role per agent, named after
 * the agent ID in lower case. Passwords go to the server SCRAM-hashed (never in a statement's text,
 * so never in the server's log) and are kept nowhere by Dialdesk.
 */
public final class TeamAdmin implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamAdmin.class);

    /** One agent of the centre as the server knows them. */
    public record Account(AgentId id, String name, String loginRole, boolean teamLead) {
    }

    private final PostgresDatabase database;
    private final Clock clock;

    public TeamAdmin(PostgresDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * {@code team init}: opens the centre's database as its owner, brings the schema up to date
     * (creating the group roles when missing) and lets only Dialdesk's roles connect to it.
     */
    public static TeamAdmin init(PostgresLogin owner, Clock clock) {
        PostgresDatabase database = PostgresDatabase.open(owner, PostgresDatabase.Mode.MIGRATE);
        TeamAdmin admin = new TeamAdmin(database, clock);
        try {
            admin.restrictConnect();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return admin;
    }

    public PostgresDatabase database() {
        return database;
    }

    private void restrictConnect() {
        database.write(connection -> {
            String db;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_database()")) {
                rs.next();
                db = pg(connection).escapeIdentifier(rs.getString(1));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("REVOKE CONNECT ON DATABASE " + db + " FROM PUBLIC");
                statement.execute("GRANT CONNECT ON DATABASE " + db + " TO dialdesk_agent, dialdesk_lead");
            }
            return null;
        });
    }

    /** The login role of an agent: the agent ID in lower case. */
    public static String loginRole(AgentId agent) {
        return agent.value().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code team add-agent ID --name NAME [--lead]}: creates (or updates) the agent's login role as a
     * member of {@code dialdesk_agent} or {@code dialdesk_lead}, sets its password when one is given,
     * and records the agent. Adding the same agent again changes name, role and password only.
     */
    public Account addAgent(AgentId agent, String name, boolean teamLead, char[] password) {
        String role = loginRole(agent);
        database.write(connection -> {
            PGConnection pg = pg(connection);
            String quoted = pg.escapeIdentifier(role);
            try (Statement statement = connection.createStatement()) {
                if (!roleExists(connection, role)) {
                    statement.execute("CREATE ROLE " + quoted + " LOGIN");
                }
                statement.execute("ALTER ROLE " + quoted + " LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
                statement.execute("GRANT " + (teamLead ? "dialdesk_lead" : "dialdesk_agent") + " TO " + quoted);
                statement.execute("REVOKE " + (teamLead ? "dialdesk_agent" : "dialdesk_lead") + " FROM " + quoted);
            }
            if (password != null && password.length > 0) {
                pg.alterUserPassword(role, password, "scram-sha-256");
            }
            upsertAgent(connection, agent, name, role, teamLead);
            return null;
        });
        LOG.info("Team agent {} added or updated (login role {}, team lead: {})", agent, role, teamLead);
        return new Account(agent, name, role, teamLead);
    }

    private void upsertAgent(Connection connection, AgentId agent, String name, String role, boolean teamLead)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO agent(id, name, created_at, login_role, team_lead) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, login_role = excluded.login_role, "
                        + "team_lead = excluded.team_lead, version = agent.version + 1")) {
            statement.setString(1, agent.value());
            statement.setString(2, name);
            statement.setLong(3, clock.millis());
            statement.setString(4, role);
            statement.setBoolean(5, teamLead);
            statement.executeUpdate();
        }
    }

    /** What {@code team reassign} did: leads moved, and leads left because a desk holds them right now. */
    public record Reassigned(int moved, int held) {
    }

    /**
     * {@code team reassign --from A --to B [--leads N|--all]} (the team lead's or the owner's login): moves
     * up to {@code limit} (0: all) of A's open leads (new, no answer, thinking it over; oldest batch
     * first) to B. A lead a desk holds by an unexpired claim, or is writing at this moment (row locked),
     * stays with A and is counted as held; the move is conditional on the lead still being A's and
     * unclaimed, so it never pulls a customer off a screen. Booked callbacks stay with their agent.
     */
    public Reassigned reassign(AgentId from, AgentId to, int limit) {
        if (from.equals(to)) {
            throw new IllegalArgumentException("reassign from and to the same agent: " + from);
        }
        return database.write(connection -> {
            for (AgentId agent : List.of(from, to)) {
                if (!agentExists(connection, agent)) {
                    throw new dev.dialdesk.storage.StorageException(new dev.dialdesk.domain.i18n.Message(
                            "team.error.noSuchAgent", agent.value()), "No agent " + agent + " on the server", null);
                }
            }
            int moved;
            try (PreparedStatement statement = connection.prepareStatement(
                    // The pick is a materialised CTE: as a sub-select inside IN, PostgreSQL may run a
                    // LIMIT … SKIP LOCKED more than once and move more leads than asked for.
                    "WITH picked AS MATERIALIZED (SELECT id FROM lead WHERE agent_id = ? AND " + MOVABLE
                            + " ORDER BY batch_id, id LIMIT ? FOR UPDATE SKIP LOCKED) "
                            + "UPDATE lead SET agent_id = ?, claimed_by = NULL, claim_until = NULL, version = version + 1, "
                            + "updated_at = ? WHERE id IN (SELECT id FROM picked) AND agent_id = ? AND " + MOVABLE)) {
                statement.setString(1, from.value());
                statement.setLong(2, limit <= 0 ? Long.MAX_VALUE : limit);
                statement.setString(3, to.value());
                statement.setLong(4, clock.millis());
                statement.setString(5, from.value());
                moved = statement.executeUpdate();
            }
            int held;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM lead WHERE agent_id = ? AND status IN " + OPEN
                            + " AND claimed_by IS NOT NULL AND claim_until > dialdesk_now_ms()")) {
                statement.setString(1, from.value());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    held = rs.getInt(1);
                }
            }
            LOG.info("Reassigned {} leads from {} to {} ({} held by a claim)", moved, from, to, held);
            return new Reassigned(moved, held);
        });
    }

    private static final String OPEN = "('NEW', 'NO_ANSWER', 'THINKING')";
    private static final String MOVABLE = "status IN " + OPEN
            + " AND (claimed_by IS NULL OR claim_until <= dialdesk_now_ms())";

    private static boolean agentExists(Connection connection, AgentId agent) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM agent WHERE id = ?")) {
            statement.setString(1, agent.value());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** {@code team agents}: every agent, by ID. */
    public List<Account> agents() {
        return database.read(connection -> {
            List<Account> accounts = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(
                         "SELECT id, name, login_role, team_lead FROM agent ORDER BY id")) {
                while (rs.next()) {
                    accounts.add(new Account(new AgentId(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getBoolean(4)));
                }
            }
            return accounts;
        });
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            statement.setString(1, role);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Closes the owner's connections. */
    @Override
    public void close() {
        database.close();
    }

    private static PGConnection pg(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class);
    }
}

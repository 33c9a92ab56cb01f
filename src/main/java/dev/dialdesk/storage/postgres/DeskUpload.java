package dev.dialdesk.storage.postgres;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code team upload --from DESK.db}: copies one desk's SQLite file (read only) into the team server,
 * on the team lead's login, in ONE transaction (a failure leaves the server as it was): the agent's
 * import reports (batches and their issues), leads (with their notes history), calls, contracts (QA
 * fields, audit, happy-call tries), callbacks (with their audit), the do-not-call list and imported
 * premiums. Every copied row is recorded in {@code desk_upload} (PostgreSQL 012), so a second upload
 * of the same desk adds nothing.
 *
 * <p>Decisions (docs/team-server.md, "Moving a desk onto the server"): the desk's agent must already
 * be on the server ({@code team add-agent}); an upload never creates an agent without a login. A lead
 * already on the server under the same number (another agent's, the pool's, or a copy that came by a
 * day report) is not duplicated: it is reported, and the desk's calls, callbacks and contracts of that
 * customer are attached to the server's lead (the history stays with the customer; the lead keeps its
 * owner and status, the team lead reassigns it if needed). A call already on the server (same client
 * id) and a callback or contract already there (same report id, from a day report) are matched too.
 */
public final class DeskUpload {

    private static final Logger LOG = LoggerFactory.getLogger(DeskUpload.class);

    /** The kinds of rows recorded in {@code desk_upload}. */
    public enum Kind { BATCH, LEAD, CALL, CONTRACT, CALLBACK }

    /** Per kind: rows copied now, rows a former upload of this desk copied, rows matched to the server's own. */
    public record Count(int added, int alreadyUploaded, int matched) {
    }

    /** A desk lead whose number the server already had; {@code owner} null for a pool lead. */
    public record MatchedLead(long localId, long serverId, String maskedPhone, AgentId owner) {
    }

    /** What one upload did. */
    public record Result(AgentId agent, String deskId, Map<Kind, Count> counts, List<MatchedLead> matchedLeads,
                         int doNotCallAdded, int doNotCallKnown) {

        /** True when nothing new reached the server (a repeated upload). */
        public boolean addedNothing() {
            return doNotCallAdded == 0 && counts.values().stream().allMatch(c -> c.added() == 0 && c.matched() == 0);
        }
    }

    private final PostgresDatabase server;
    private final Clock clock;

    public DeskUpload(PostgresDatabase server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    /**
     * Uploads the rows of {@code agent} (or, when null, of the desk's only agent) from {@code desk}.
     *
     * @throws StorageException in words when the desk names several agents and none was chosen, when
     *                          the agent is not on the server, or when a call's outcome is unknown there
     */
    public Result upload(JdbcDatabase desk, AgentId agent) {
        return desk.read(source -> {
            DeskAgent who = deskAgent(source, agent);
            return server.write(target -> {
                refuseUnknownAgent(target, who.id());
                refuseUnknownDispositions(source, target, who.id());
                try (PreparedStatement lock = target.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                    lock.setString(1, "desk_upload " + who.deskId());
                    lock.executeQuery().close();
                }
                Result result = new DeskUploadRun(source, target, who.id(), who.deskId(), clock.millis()).run();
                LOG.info("Uploaded desk {}: {}, do-not-call {} added, {} matched leads", who.deskId(), result.counts(),
                        result.doNotCallAdded(), result.matchedLeads().size());
                return result;
            });
        });
    }

    private record DeskAgent(AgentId id, String deskId) {
    }

    private static DeskAgent deskAgent(Connection source, AgentId chosen) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        try (PreparedStatement s = source.prepareStatement("SELECT id, created_at FROM agent ORDER BY created_at, id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                created.add(rs.getLong(2));
            }
        }
        int index = chosen == null ? (ids.size() == 1 ? 0 : -1) : ids.indexOf(chosen.value());
        if (index < 0) {
            String known = ids.isEmpty() ? "-" : String.join(", ", ids);
            throw new StorageException(chosen == null ? new Message("team.upload.whichAgent", known)
                    : new Message("team.upload.agentNotInDesk", chosen.value(), known),
                    "Desk file agents " + ids + ", chosen " + chosen, null);
        }
        return new DeskAgent(new AgentId(ids.get(index)), ids.get(index) + "@" + created.get(index));
    }

    private static void refuseUnknownAgent(Connection target, AgentId agent) throws SQLException {
        try (PreparedStatement s = target.prepareStatement("SELECT 1 FROM agent WHERE id = ?")) {
            s.setString(1, agent.value());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException(new Message("team.upload.noSuchAgent", agent.value()),
                            "Agent " + agent + " is not on the server: nothing uploaded", null);
                }
            }
        }
    }

    private static void refuseUnknownDispositions(Connection source, Connection target, AgentId agent)
            throws SQLException {
        Set<String> used = codes(source, "SELECT DISTINCT disposition FROM call_attempt WHERE agent_id = ?", agent);
        used.removeAll(codes(target, "SELECT code FROM disposition", null));
        if (!used.isEmpty()) {
            throw new StorageException(new Message("team.upload.disposition", String.join(", ", used)),
                    "Desk outcomes unknown on the server: " + used, null);
        }
    }

    private static Set<String> codes(Connection connection, String sql, AgentId agent) throws SQLException {
        Set<String> codes = new TreeSet<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (agent != null) {
                s.setString(1, agent.value());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    /** An empty count per kind, in order. */
    static Map<Kind, Count> noCounts() {
        Map<Kind, Count> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, new Count(0, 0, 0));
        }
        return counts;
    }
}

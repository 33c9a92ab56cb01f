package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Gender;
import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.LeadQuery;
import dev.dialdesk.storage.LeadStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link LeadStore} over the {@code agent}, {@code lead_batch} and {@code lead} tables, the same SQL on
 * both engines. On the team server a pool lead ({@code agent_id} NULL) is visible only to the desk
 * holding its claim, and reads as that desk's lead; row-level security decides what a desk sees.
 */
public final class JdbcLeadStore implements LeadStore {

    static final String LEAD_COLUMNS = "id, batch_id, agent_id, phone, external_id, name, birth_date, gender, "
            + "region, product, source, notes, extra, status, created_at, updated_at, version";

    private final JdbcDatabase database;
    private final Clock clock;

    public JdbcLeadStore(JdbcDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void saveAgent(Agent agent) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO agent(id, name, created_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT(id) DO UPDATE SET name = excluded.name")) {
                statement.setString(1, agent.id().value());
                statement.setString(2, agent.name());
                statement.setLong(3, clock.millis());
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Agent> findAgent(AgentId id) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, name FROM agent WHERE id = ?")) {
                statement.setString(1, id.value());
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(new Agent(new AgentId(rs.getString(1)), rs.getString(2)))
                            : Optional.<Agent>empty();
                }
            }
        });
    }

    @Override
    public List<Agent> agents() {
        return database.read(connection -> {
            List<Agent> agents = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, name FROM agent ORDER BY id");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    agents.add(new Agent(new AgentId(rs.getString(1)), rs.getString(2)));
                }
            }
            return agents;
        });
    }

    @Override
    public void forEachLead(LeadQuery query, Consumer<Lead> sink) {
        stream(leadColumns(database.engine(), ""), query, JdbcLeadStore::mapLead, sink);
    }

    @Override
    public void forEachListRow(LeadQuery query, Consumer<ListRow> sink) {
        stream(listColumns(), query, JdbcLeadStore::mapListRow, sink);
    }

    /** A row of a result set as a value. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Streams the leads of {@code query} in id order, mapped from {@code columns}, without holding them. */
    private <T> void stream(String columns, LeadQuery query, RowMapper<T> mapper, Consumer<T> sink) {
        database.read(connection -> {
            String sql = "SELECT " + columns + " FROM lead"
                    + (query.agent() == null ? "" : " WHERE agent_id = ?") + " ORDER BY id";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (query.agent() != null) {
                    statement.setString(1, query.agent().value());
                }
                statement.setFetchSize(1000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(mapper.map(rs));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Optional<ListRow> findListRow(long id) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + listColumns() + " FROM lead WHERE id = ?")) {
                statement.setLong(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(mapListRow(rs)) : Optional.<ListRow>empty();
                }
            }
        });
    }

    /**
     * The list's columns; only a lead with other numbers carries its extra fields (SQLite's instr,
     * PostgreSQL's strpos). The last outcome tells busy and phone off apart from no answer.
     */
    private String listColumns() {
        boolean postgres = database.engine() == JdbcDatabase.Engine.POSTGRESQL;
        return "id, batch_id, phone, name, status, region, product, source, birth_date, "
                + (postgres ? POOL_AGENT : "agent_id") + ", attempt_count, CASE WHEN "
                + (postgres ? "strpos" : "instr") + "(extra, '" + dev.dialdesk.domain.LeadPhones.ALTERNATE_MARK
                + "\"') > 0 THEN extra END, last_disposition";
    }

    /** A pool lead has no owner: on the server it reads as the lead of the desk holding its claim. */
    private static final String POOL_AGENT = "coalesce(agent_id, claimed_by)";

    /**
     * {@link #LEAD_COLUMNS}, each prefixed with {@code alias} ({@code "l."} or empty); on PostgreSQL the
     * agent of a pool lead is its claim holder.
     */
    static String leadColumns(JdbcDatabase.Engine engine, String alias) {
        StringBuilder out = new StringBuilder();
        for (String column : LEAD_COLUMNS.split(",")) {
            String name = column.strip();
            String expression = alias + name;
            if (name.equals("agent_id") && engine == JdbcDatabase.Engine.POSTGRESQL) {
                expression = "coalesce(" + alias + "agent_id, " + alias + "claimed_by)";
            }
            out.append(out.length() == 0 ? "" : ", ").append(expression);
        }
        return out.toString();
    }

    private static ListRow mapListRow(ResultSet rs) throws SQLException {
        return new ListRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                LeadStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getInt(11), alternateDigits(rs.getString(12)), rs.getString(13));
    }

    /** Only the few leads with other numbers carry their extra fields here; the rest read null. */
    private static String alternateDigits(String extra) {
        return extra == null ? null : dev.dialdesk.domain.LeadPhones.alternateDigits(FlatJson.decode(extra));
    }

    @Override
    public Optional<Lead> findLead(long id) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + leadColumns(database.engine(), "") + " FROM lead WHERE id = ?")) {
                statement.setLong(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(mapLead(rs)) : Optional.<Lead>empty();
                }
            }
        });
    }

    @Override
    public void updateNotes(long leadId, String notesBefore, String notes) {
        database.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE lead SET notes = ?, updated_at = ?, "
                    + "version = version + 1 WHERE id = ? AND coalesce(notes, '') = ?")) {
                statement.setString(1, blankAsNull(notes));
                statement.setLong(2, clock.millis());
                statement.setLong(3, leadId);
                statement.setString(4, notesBefore == null || notesBefore.isBlank() ? "" : notesBefore);
                if (statement.executeUpdate() != 1) {
                    throw notesConflict(connection, database.engine(), leadId);
                }
            }
            return null;
        });
    }

    private static String blankAsNull(String notes) {
        return notes == null || notes.isBlank() ? null : notes;
    }

    /** The notes changed since the editor read them (another window or desk saved first). */
    private static ConflictException notesConflict(Connection connection, JdbcDatabase.Engine engine, long leadId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + leadColumns(engine, "") + " FROM lead WHERE id = ?")) {
            statement.setLong(1, leadId);
            try (ResultSet rs = statement.executeQuery()) {
                Lead current = rs.next() ? mapLead(rs) : null;
                if (current == null) {
                    ChangedBy.Moved moved = ChangedBy.movedAway(connection, engine, leadId);
                    return new ConflictException(new Message("error.conflict.lead.gone"), "lead", leadId, "notes",
                            null, moved == null ? null : moved.by(), moved == null ? null : moved.at());
                }
                return new ConflictException(new Message("error.conflict.lead.notes"), "lead", leadId, "notes", current,
                        ChangedBy.of(connection, engine, "lead", leadId), current.updatedAt());
            }
        }
    }

    @Override
    public List<LeadBatch> batches() {
        return database.read(connection -> {
            List<LeadBatch> batches = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, agent_id, source_file, charset, imported_at, imported_count, "
                            + "duplicate_count, rejected_count FROM lead_batch ORDER BY imported_at, id");
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String agent = rs.getString(3);
                    batches.add(new LeadBatch(rs.getLong(1), rs.getString(2), agent == null ? null : new AgentId(agent),
                            rs.getString(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)),
                            rs.getInt(7), rs.getInt(8), rs.getInt(9)));
                }
            }
            return batches;
        });
    }

    @Override
    public long countLeads() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM lead");
                 ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Maps a row selected with {@link #LEAD_COLUMNS}. */
    static Lead mapLead(ResultSet rs) throws SQLException {
        String birth = rs.getString(7);
        return new Lead(
                rs.getLong(1),
                rs.getLong(2),
                new AgentId(rs.getString(3)),
                PhoneNumber.ofE164(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                birth == null ? null : LocalDate.parse(birth),
                Gender.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                FlatJson.decode(rs.getString(13)),
                LeadStatus.valueOf(rs.getString(14)),
                Instant.ofEpochMilli(rs.getLong(15)),
                Instant.ofEpochMilli(rs.getLong(16)),
                rs.getLong(17));
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.storage.CaseStore;
import dev.dialdesk.storage.ConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CaseStore} over {@code follow_up_case}, {@code case_step} and {@code case_template}: the same
 * SQL on both engines. On the team server an agent's connection sees only the agent's own cases and
 * their steps (row-level security), and only reads the centre's templates; the team lead's sees all.
 */
public final class JdbcCaseStore implements CaseStore {

    private static final String SELECT_CASE = "SELECT " + CaseRows.CASE_COLUMNS + " FROM follow_up_case ";

    private final JdbcDatabase database;
    private final Clock clock;

    public JdbcCaseStore(JdbcDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public FollowUpCase insert(FollowUpCase c) {
        return database.write(connection -> {
            long id;
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO follow_up_case(agent_id, lead_id, phone, "
                    + "customer_name, title, problem, state, promise, promise_due, created_at, closed_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                s.setString(1, c.agentId().value());
                if (c.leadId() == null) {
                    s.setNull(2, Types.INTEGER);
                } else {
                    s.setLong(2, c.leadId());
                }
                s.setString(3, c.phone().e164());
                s.setString(4, c.customerName());
                s.setString(5, c.title());
                s.setString(6, c.problem());
                bindCaseMutable(s, 7, c);
                s.setLong(10, c.createdAt().toEpochMilli());
                ReportIds.setInstant(s, 11, c.closedAt());
                s.setLong(12, clock.millis());
                id = returnedId(s);
            }
            List<CaseStep> steps = new ArrayList<>();
            for (CaseStep step : c.steps()) {
                steps.add(insertStep(connection, id, step));
            }
            return c.stored(id, 1, steps);
        });
    }

    /** Binds state, promise, promise_due from {@code first}. */
    private static void bindCaseMutable(PreparedStatement s, int first, FollowUpCase c) throws SQLException {
        s.setString(first, c.state().name());
        ReportIds.setText(s, first + 1, c.promise() == null ? null : c.promise().what());
        ReportIds.setInstant(s, first + 2, c.promise() == null ? null : c.promise().due());
    }

    private static CaseStep insertStep(Connection connection, long caseId, CaseStep step) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO case_step(case_id, position, party_kind, "
                + "contact_id, party_name, question, due_at, state, asked_at, answer, answered_at, given_date, waits_on, "
                + "delay_minutes, snoozed_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setLong(1, caseId);
            s.setInt(2, step.position());
            CaseRows.bindStep(s, 3, step);
            return step.stored(returnedId(s), caseId, 1);
        }
    }

    /** Runs an {@code INSERT … RETURNING id} (SQLite 3.35 and PostgreSQL alike) and gives the id. */
    static long returnedId(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public Optional<FollowUpCase> find(long caseId) {
        return database.read(connection -> cases(connection, SELECT_CASE + "WHERE id = ?", caseId)).stream().findFirst();
    }

    @Override
    public FollowUpCase update(FollowUpCase c, List<CaseStep> changedSteps) {
        return database.write(connection -> {
            try (PreparedStatement s = connection.prepareStatement("UPDATE follow_up_case SET state = ?, promise = ?, "
                    + "promise_due = ?, closed_at = ?, title = ?, problem = ?, updated_at = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?")) {
                bindCaseMutable(s, 1, c);
                ReportIds.setInstant(s, 4, c.closedAt());
                s.setString(5, c.title());
                s.setString(6, c.problem());
                s.setLong(7, clock.millis());
                s.setLong(8, c.id());
                s.setLong(9, c.version());
                if (s.executeUpdate() != 1) {
                    throw conflict("case " + c.id() + " version " + c.version());
                }
            }
            for (CaseStep step : changedSteps) {
                if (step.id() == 0) {
                    insertStep(connection, c.id(), step);
                } else {
                    updateStep(connection, step);
                }
            }
            return cases(connection, SELECT_CASE + "WHERE id = ?", c.id()).get(0);
        });
    }

    private static void updateStep(Connection connection, CaseStep step) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("UPDATE case_step SET " + CaseRows.STEP_MUTABLE
                + ", version = version + 1 WHERE id = ? AND version = ?")) {
            CaseRows.bindStep(s, 1, step);
            s.setLong(14, step.id());
            s.setLong(15, step.version());
            if (s.executeUpdate() != 1) {
                throw conflict("step " + step.id() + " version " + step.version());
            }
        }
    }

    private static ConflictException conflict(String detail) {
        return new ConflictException(new Message("cases.error.conflict"), detail);
    }

    @Override
    public List<FollowUpCase> byAgent(AgentId agent, boolean openOnly) {
        return database.read(connection -> cases(connection, SELECT_CASE + "WHERE agent_id = ?"
                + (openOnly ? " AND state IN ('OPEN', 'WAITING')" : "") + " ORDER BY created_at DESC, id DESC", agent.value()));
    }

    @Override
    public List<FollowUpCase> all(Instant from, Instant to) {
        return database.read(connection -> cases(connection, SELECT_CASE + "WHERE state IN ('OPEN', 'WAITING') "
                + "OR (created_at >= ? AND created_at < ?) OR (closed_at >= ? AND closed_at < ?) "
                + "ORDER BY agent_id, created_at, id", from.toEpochMilli(), to.toEpochMilli(), from.toEpochMilli(),
                to.toEpochMilli()));
    }

    @Override
    public List<FollowUpCase> openForPhone(PhoneNumber phone) {
        return database.read(connection -> cases(connection, SELECT_CASE + "WHERE phone = ? AND state IN ('OPEN', "
                + "'WAITING') ORDER BY created_at DESC, id DESC", phone.e164()));
    }

    @Override
    public List<FollowUpCase> forLead(long leadId) {
        return database.read(connection -> cases(connection, SELECT_CASE + "WHERE lead_id = ? "
                + "ORDER BY created_at DESC, id DESC", leadId));
    }

    @Override
    public List<FollowUpCase> openForContact(long contactId) {
        return database.read(connection -> cases(connection, SELECT_CASE + "WHERE state IN ('OPEN', 'WAITING') AND id IN "
                + "(SELECT case_id FROM case_step WHERE contact_id = ? AND state IN ('TODO', 'ASKED')) "
                + "ORDER BY created_at, id", contactId));
    }

    /** The cases of {@code sql} with their steps (one query for the steps of all of them). */
    private static List<FollowUpCase> cases(Connection connection, String sql, Object... args) throws SQLException {
        List<FollowUpCase> found = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(CaseRows.caseOf(rs));
                }
            }
        }
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<CaseStep>> steps = steps(connection, found);
        return found.stream().map(c -> c.stored(c.id(), c.version(), steps.getOrDefault(c.id(), List.of()))).toList();
    }

    private static Map<Long, List<CaseStep>> steps(Connection connection, List<FollowUpCase> cases) throws SQLException {
        StringBuilder ids = new StringBuilder();
        for (FollowUpCase c : cases) {
            ids.append(ids.length() == 0 ? "" : ",").append(c.id());
        }
        Map<Long, List<CaseStep>> byCase = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT " + CaseRows.STEP_COLUMNS
                + " FROM case_step WHERE case_id IN (" + ids + ") ORDER BY case_id, position");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                CaseStep step = CaseRows.stepOf(rs);
                byCase.computeIfAbsent(step.caseId(), k -> new ArrayList<>()).add(step);
            }
        }
        return byCase;
    }

    @Override
    public List<CaseTemplate> templates() {
        return database.read(connection -> {
            List<CaseTemplate> templates = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT id, name, steps, version FROM case_template "
                    + "ORDER BY id"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    templates.add(new CaseTemplate(rs.getLong(1), rs.getString(2),
                            CaseTemplate.parseSteps(rs.getString(3)), rs.getLong(4)));
                }
            }
            return templates;
        });
    }

    @Override
    public CaseTemplate saveTemplate(CaseTemplate t) {
        return database.write(connection -> {
            if (t.id() == 0) {
                try (PreparedStatement s = connection.prepareStatement(
                        "INSERT INTO case_template(name, steps) VALUES (?, ?) RETURNING id")) {
                    s.setString(1, t.name());
                    s.setString(2, t.stepsText());
                    return new CaseTemplate(returnedId(s), t.name(), t.steps(), 1);
                }
            }
            try (PreparedStatement s = connection.prepareStatement("UPDATE case_template SET name = ?, steps = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?")) {
                s.setString(1, t.name());
                s.setString(2, t.stepsText());
                s.setLong(3, t.id());
                s.setLong(4, t.version());
                if (s.executeUpdate() != 1) {
                    throw conflict("template " + t.id() + " version " + t.version());
                }
            }
            return new CaseTemplate(t.id(), t.name(), t.steps(), t.version() + 1);
        });
    }
}

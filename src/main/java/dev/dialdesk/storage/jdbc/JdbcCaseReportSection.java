package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.CaseRecords;
import dev.dialdesk.domain.text.SectionRecords;
import dev.dialdesk.storage.ReportSectionStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code cases} section of the day report ({@code docs/follow-ups.md}): the agent's follow-up cases
 * created or changed in the report's days, with their steps, by a stable {@code report_id}. Import
 * inserts unknown ids and replaces a case (and its steps) only when the record's {@code updated_at} is
 * later than the stored one: the same file twice changes nothing. The same SQL on both engines; on
 * the team server an agent's connection exports and imports only the agent's own cases.
 */
public final class JdbcCaseReportSection implements ReportSectionStore {

    private final JdbcDatabase database;
    private final JdbcCaseStore cases;
    private final Clock clock;
    private final ReportIds ids;

    public JdbcCaseReportSection(JdbcDatabase database, Clock clock) {
        this.database = database;
        this.cases = new JdbcCaseStore(database, clock);
        this.clock = clock;
        this.ids = new ReportIds(database, "follow_up_case", "created_at");
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public List<Map<String, Object>> export(AgentId agent, Instant from, Instant to) {
        ids.assign(agent, from, to);
        Map<Long, String[]> rows = database.read(connection -> {
            Map<Long, String[]> found = new LinkedHashMap<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT id, report_id, updated_at FROM follow_up_case "
                    + "WHERE agent_id = ? AND ((created_at >= ? AND created_at < ?) OR (updated_at >= ? AND "
                    + "updated_at < ?)) ORDER BY created_at, id")) {
                ReportIds.bindInRange(s, agent, from, to);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new String[] {rs.getString(2),
                                SectionRecords.time(Instant.ofEpochMilli(rs.getLong(3)))});
                    }
                }
            }
            return found;
        });
        List<Map<String, Object>> records = new ArrayList<>();
        rows.forEach((id, row) -> cases.find(id).ifPresent(c -> records.add(record(c, row[0], row[1]))));
        return records;
    }

    private Map<String, Object> record(FollowUpCase c, String reportId, String updatedAt) {
        Map<String, Object> r = new LinkedHashMap<>(CaseRecords.of(c, clock.instant()));
        r.put("id", reportId);
        r.remove("lead_id");
        r.remove("agent");
        r.remove("promise_minutes_left");
        r.remove("next_step");
        r.remove("waiting_on");
        r.remove("waiting_since");
        r.put("updated_at", updatedAt);
        return r;
    }

    @Override
    public int importRecords(AgentId agent, List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            return 0;
        }
        return database.write(connection -> {
            int changed = 0;
            for (int i = 0; i < records.size(); i++) {
                SectionRecords r = new SectionRecords(records.get(i), name() + "[" + i + "]");
                long id = upsert(connection, agent, r);
                if (id > 0) {
                    replaceSteps(connection, id, r);
                    changed++;
                }
            }
            return changed;
        });
    }

    /** The case's row id when it was added or changed, else 0. */
    private static long upsert(Connection connection, AgentId agent, SectionRecords r) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO follow_up_case(report_id, agent_id, lead_id, "
                + "phone, customer_name, title, problem, state, promise, promise_due, created_at, closed_at, updated_at) "
                + "VALUES (?, ?, (SELECT id FROM lead WHERE phone = ? ORDER BY id LIMIT 1), ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?) ON CONFLICT(report_id) WHERE report_id IS NOT NULL DO UPDATE SET "
                + "customer_name = excluded.customer_name, title = excluded.title, problem = excluded.problem, "
                + "state = excluded.state, promise = excluded.promise, promise_due = excluded.promise_due, "
                + "closed_at = excluded.closed_at, updated_at = excluded.updated_at, version = follow_up_case.version + 1 "
                + "WHERE excluded.updated_at > follow_up_case.updated_at RETURNING id")) {
            s.setString(1, r.id().toString());
            s.setString(2, agent.value());
            s.setString(3, r.phone("phone"));
            s.setString(4, r.phone("phone"));
            s.setString(5, textOr(r, "customer_name"));
            s.setString(6, r.text("title"));
            s.setString(7, textOr(r, "problem"));
            s.setString(8, r.text("state"));
            ReportIds.setText(s, 9, r.optionalText("promise"));
            ReportIds.setInstant(s, 10, r.optionalInstant("promise_due"));
            s.setLong(11, r.instant("created_at").toEpochMilli());
            ReportIds.setInstant(s, 12, r.optionalInstant("closed_at"));
            s.setLong(13, r.instant("updated_at").toEpochMilli());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static void replaceSteps(Connection connection, long caseId, SectionRecords r) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM case_step WHERE case_id = ?")) {
            delete.setLong(1, caseId);
            delete.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO case_step(case_id, position, party_kind, "
                + "party_name, question, due_at, state, asked_at, answer, answered_at, given_date, waits_on, delay_minutes) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SectionRecords step : r.records("steps")) {
                s.setLong(1, caseId);
                s.setLong(2, step.whole("position", 1000));
                s.setString(3, step.text("party_kind"));
                s.setString(4, textOr(step, "party_name"));
                s.setString(5, textOr(step, "question"));
                s.setLong(6, step.instant("due_at").toEpochMilli());
                s.setString(7, step.text("state"));
                ReportIds.setInstant(s, 8, step.optionalInstant("asked_at"));
                ReportIds.setText(s, 9, step.optionalText("answer"));
                ReportIds.setInstant(s, 10, step.optionalInstant("answered_at"));
                ReportIds.setText(s, 11, step.optionalText("given_date"));
                s.setString(12, step.wholes("waits_on"));
                s.setLong(13, step.whole("delay_minutes", 525_600));
                s.executeUpdate();
            }
        }
    }

    private static String textOr(SectionRecords r, String field) {
        String value = r.optionalText(field);
        return value == null ? "" : value;
    }
}

package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.jdbc.ReportIds;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.text.SectionRecords;
import dev.dialdesk.service.reports.DayReportService;
import dev.dialdesk.storage.ReportSectionStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code callbacks} section of the day report ({@code docs/day-report-format.md}): the agent's
 * callbacks due or changed in the report's days, by their stable {@code report_id}. Import inserts
 * unknown ids and updates a callback only when the record's {@code updated_at} is later than the stored
 * one, so the same file changes nothing and a newer export updates. The records were checked by
 * {@code service.reports.SectionRules} before they arrive.
 */
public final class SqliteCallbackReportSection implements ReportSectionStore {

    private static final String COLUMNS = "due_at, window_end, status, kind, customer_asked, missed_at, outcome, note, "
            + "updated_at";

    private final JdbcDatabase database;
    private final Clock clock;
    private final ReportIds ids;

    public SqliteCallbackReportSection(JdbcDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.ids = new ReportIds(database, "callback", "due_at");
    }

    @Override
    public String name() {
        return "callbacks";
    }

    @Override
    public List<Map<String, Object>> export(AgentId agent, Instant from, Instant to) {
        ids.assign(agent, from, to);
        return database.read(connection -> {
            List<Map<String, Object>> records = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT c.report_id, l.phone, " + prefixed()
                    + " FROM callback c JOIN lead l ON l.id = c.lead_id WHERE c.agent_id = ?1 AND ((c.due_at >= ?2 AND "
                    + "c.due_at < ?3) OR (c.updated_at >= ?2 AND c.updated_at < ?3)) ORDER BY c.due_at, c.id")) {
                ReportIds.bindRange(s, agent, from, to);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        records.add(record(rs));
                    }
                }
            }
            return records;
        });
    }

    private static String prefixed() {
        return "c." + COLUMNS.replace(", ", ", c.");
    }

    private static Map<String, Object> record(ResultSet rs) throws SQLException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", rs.getString(1));
        r.put("lead_phone", rs.getString(2));
        r.put("due_at", SectionRecords.time(ReportIds.instant(rs, 3)));
        r.put("window_end_at", SectionRecords.time(ReportIds.instant(rs, 4)));
        r.put("status", rs.getString(5));
        r.put("kind", rs.getString(6));
        r.put("customer_asked", rs.getInt(7) == 1);
        r.put("missed_at", SectionRecords.time(ReportIds.instant(rs, 8)));
        r.put("outcome", rs.getString(9));
        r.put("note", rs.getString(10) == null ? "" : rs.getString(10));
        r.put("updated_at", SectionRecords.time(ReportIds.instant(rs, 11)));
        return r;
    }

    @Override
    public int importRecords(AgentId agent, List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            return 0;
        }
        return database.write(connection -> {
            int changed = 0;
            try (ReportLeads leads = new ReportLeads(connection, agent, DayReportService.REPORT_BATCH, clock.instant());
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO callback(report_id, lead_id, "
                         + "agent_id, created_at, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         + "ON CONFLICT(report_id) WHERE report_id IS NOT NULL DO UPDATE SET lead_id = excluded.lead_id, "
                         + "due_at = excluded.due_at, window_end = excluded.window_end, status = excluded.status, "
                         + "kind = excluded.kind, customer_asked = excluded.customer_asked, missed_at = excluded.missed_at, "
                         + "outcome = excluded.outcome, note = excluded.note, updated_at = excluded.updated_at, "
                         + "version = callback.version + 1 "
                         + "WHERE excluded.updated_at > callback.updated_at")) {
                for (int i = 0; i < records.size(); i++) {
                    SectionRecords r = new SectionRecords(records.get(i), name() + "[" + i + "]");
                    bind(insert, leads, agent, r);
                    changed += insert.executeUpdate();
                }
            }
            return changed;
        });
    }

    private static void bind(PreparedStatement s, ReportLeads leads, AgentId agent,
                             SectionRecords r) throws SQLException {
        Instant updated = r.instant("updated_at");
        s.setString(1, r.id().toString());
        s.setLong(2, leads.idOf(r.phone("lead_phone"), ""));
        s.setString(3, agent.value());
        s.setLong(4, updated.toEpochMilli());
        s.setLong(5, r.instant("due_at").toEpochMilli());
        ReportIds.setInstant(s, 6, r.optionalInstant("window_end_at"));
        s.setString(7, r.text("status"));
        String kind = r.optionalText("kind");
        s.setString(8, kind == null ? "NORMAL" : kind);
        s.setInt(9, r.bool("customer_asked") ? 1 : 0);
        ReportIds.setInstant(s, 10, r.optionalInstant("missed_at"));
        String outcome = r.optionalText("outcome");
        if (outcome == null) {
            s.setNull(11, Types.VARCHAR);
        } else {
            s.setString(11, outcome);
        }
        s.setString(12, r.optionalText("note"));
        s.setLong(13, updated.toEpochMilli());
    }
}

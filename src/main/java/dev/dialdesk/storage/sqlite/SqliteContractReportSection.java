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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code contracts} section of the day report ({@code docs/day-report-format.md}): the agent's
 * contracts made or changed in the report's days with their QA state, by their stable
 * {@code report_id}. Import inserts unknown ids and updates a contract only when the record's
 * {@code updated_at} is later than the stored one. No customer details beyond the number travel. The
 * records were checked by {@code service.reports.SectionRules} before they arrive.
 */
public final class SqliteContractReportSection implements ReportSectionStore {

    private static final String COLUMNS = "contract_at, zone, product, premium_won, application_no, qa_state, qa_reason, "
            + "qa_notice_date, qa_deadline_at, re_recorded_at, returned_at, return_reason, withdrawal_date, cancelled_at, "
            + "updated_at";

    private final JdbcDatabase database;
    private final Clock clock;
    private final ReportIds ids;

    public SqliteContractReportSection(JdbcDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.ids = new ReportIds(database, "contract", "contract_at");
    }

    @Override
    public String name() {
        return "contracts";
    }

    @Override
    public List<Map<String, Object>> export(AgentId agent, Instant from, Instant to) {
        ids.assign(agent, from, to);
        return database.read(connection -> {
            List<Map<String, Object>> records = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("SELECT c.report_id, l.phone, c."
                    + COLUMNS.replace(", ", ", c.") + " FROM contract c JOIN lead l ON l.id = c.lead_id "
                    + "WHERE c.agent_id = ?1 AND ((c.contract_at >= ?2 AND c.contract_at < ?3) OR "
                    + "(c.updated_at >= ?2 AND c.updated_at < ?3)) ORDER BY c.contract_at, c.id")) {
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

    private static Map<String, Object> record(ResultSet rs) throws SQLException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", rs.getString(1));
        r.put("lead_phone", rs.getString(2));
        r.put("contracted_at", SectionRecords.time(ReportIds.instant(rs, 3)));
        r.put("zone", rs.getString(4));
        r.put("product", rs.getString(5));
        r.put("premium_won", rs.getLong(6));
        r.put("application_no", rs.getString(7));
        r.put("qa_state", rs.getString(8));
        r.put("qa_reason", rs.getString(9));
        r.put("qa_notice_date", rs.getString(10));
        r.put("qa_deadline_at", SectionRecords.time(ReportIds.instant(rs, 11)));
        r.put("re_recorded_at", SectionRecords.time(ReportIds.instant(rs, 12)));
        r.put("returned_at", SectionRecords.time(ReportIds.instant(rs, 13)));
        r.put("return_reason", rs.getString(14));
        r.put("withdrawal_date", rs.getString(15));
        r.put("cancelled_at", SectionRecords.time(ReportIds.instant(rs, 16)));
        r.put("updated_at", SectionRecords.time(ReportIds.instant(rs, 17)));
        return r;
    }

    /**
     * When a record of the report replaces the contract here: when it is newer, except that a
     * re-recording made before the deadline always wins over a return by the deadline, whichever
     * arrives first and whatever their times of change (a desk whose clock passed the deadline may
     * have returned it after the re-recording was made but before it arrived).
     */
    private static final String WINS = "NOT (" + reRecordedInTime("contract") + " AND " + returnedByDeadline("excluded")
            + ") AND (excluded.updated_at > contract.updated_at OR (" + returnedByDeadline("contract") + " AND "
            + reRecordedInTime("excluded") + "))";

    private static String reRecordedInTime(String row) {
        return "(" + row + ".qa_state = 'RE_RECORDED' AND " + row + ".re_recorded_at < " + row + ".qa_deadline_at)";
    }

    private static String returnedByDeadline(String row) {
        return "(" + row + ".qa_state = 'RETURNED' AND " + row + ".return_reason = 'DEADLINE')";
    }

    @Override
    public int importRecords(AgentId agent, List<Map<String, Object>> records) {
        if (records.isEmpty()) {
            return 0;
        }
        String updates = Arrays.stream(COLUMNS.split(", ")).map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        return database.write(connection -> {
            int changed = 0;
            try (ReportLeads leads = new ReportLeads(connection, agent, DayReportService.REPORT_BATCH, clock.instant());
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO contract(report_id, lead_id, "
                         + "agent_id, created_at, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         + "?, ?, ?, ?) ON CONFLICT(report_id) WHERE report_id IS NOT NULL DO UPDATE SET lead_id = "
                         + "excluded.lead_id, " + updates + ", version = contract.version + 1 WHERE " + WINS)) {
                for (int i = 0; i < records.size(); i++) {
                    bind(insert, leads, agent, new SectionRecords(records.get(i), name() + "[" + i + "]"));
                    changed += insert.executeUpdate();
                }
            }
            return changed;
        });
    }

    private static void bind(PreparedStatement s, ReportLeads leads, AgentId agent, SectionRecords r)
            throws SQLException {
        Instant updated = r.instant("updated_at");
        s.setString(1, r.id().toString());
        s.setLong(2, leads.idOf(r.phone("lead_phone"), ""));
        s.setString(3, agent.value());
        s.setLong(4, updated.toEpochMilli());
        s.setLong(5, r.instant("contracted_at").toEpochMilli());
        s.setString(6, r.zone("zone").getId());
        s.setString(7, r.text("product"));
        s.setLong(8, r.whole("premium_won", Long.MAX_VALUE)); // its limit was checked with the rules
        String application = r.optionalText("application_no");
        s.setString(9, application == null ? "" : application);
        s.setString(10, r.text("qa_state"));
        ReportIds.setText(s, 11, r.optionalText("qa_reason"));
        LocalDate notice = r.optionalDate("qa_notice_date");
        ReportIds.setText(s, 12, notice == null ? null : notice.toString());
        s.setLong(13, r.instant("qa_deadline_at").toEpochMilli());
        ReportIds.setInstant(s, 14, r.optionalInstant("re_recorded_at"));
        ReportIds.setInstant(s, 15, r.optionalInstant("returned_at"));
        ReportIds.setText(s, 16, r.optionalText("return_reason"));
        LocalDate withdrawal = r.optionalDate("withdrawal_date");
        ReportIds.setText(s, 17, withdrawal == null ? null : withdrawal.toString());
        ReportIds.setInstant(s, 18, r.optionalInstant("cancelled_at"));
        s.setLong(19, updated.toEpochMilli());
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.timeline.TimelineEntry;
import dev.dialdesk.domain.timeline.TimelineEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The contract and follow-up case rows of a customer's timeline (see {@link TimelineRows}), for both engines. */
final class TimelineSaleRows {

    private TimelineSaleRows() {
    }

    static void contracts(Connection connection, TimelineRows.Customer customer, List<TimelineEntry> out)
            throws SQLException {
        String sql = "SELECT id, lead_id, product, premium_won, contract_at, zone, qa_reason, qa_notice_date, "
                + "qa_deadline_at, re_recorded_at, returned_at, return_reason, withdrawal_date, withdrawal_reason, "
                + "cancelled_at FROM contract WHERE lead_id IN (" + customer.marks() + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            customer.bind(statement, 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    contract(rs, customer, out);
                }
            }
        }
    }

    private static void contract(ResultSet rs, TimelineRows.Customer customer, List<TimelineEntry> out)
            throws SQLException {
        long id = rs.getLong(1);
        long lead = rs.getLong(2);
        String batch = customer.batchOf(lead);
        ZoneId zone = ZoneId.of(rs.getString(6));
        out.add(new TimelineEntry(Instant.ofEpochMilli(rs.getLong(5)), TimelineEvent.CONTRACT_SIGNED, lead, batch, id,
                rs.getString(3), rs.getLong(4), null, null));
        String notice = rs.getString(8);
        if (notice != null) {
            out.add(new TimelineEntry(startOf(notice, zone), TimelineEvent.QA_RE_RECORDING_REQUIRED, lead, batch, id,
                    rs.getString(7), 0, Instant.ofEpochMilli(rs.getLong(9)), null));
        }
        add(out, TimelineRows.instantOrNull(rs, 10), TimelineEvent.CONTRACT_RE_RECORDED, lead, batch, id, null, null);
        add(out, TimelineRows.instantOrNull(rs, 11), TimelineEvent.CONTRACT_RETURNED, lead, batch, id,
                rs.getString(12), null);
        String withdrawn = rs.getString(13);
        if (withdrawn != null) {
            add(out, startOf(withdrawn, zone), TimelineEvent.CONTRACT_WITHDRAWN, lead, batch, id, null, rs.getString(14));
        }
        add(out, TimelineRows.instantOrNull(rs, 15), TimelineEvent.CONTRACT_CANCELLED, lead, batch, id, null, null);
    }

    private static void add(List<TimelineEntry> out, Instant at, TimelineEvent event, long lead, String batch, long id,
                            String subject, String text) {
        if (at != null) {
            out.add(new TimelineEntry(at, event, lead, batch, id, subject, 0, null, text));
        }
    }

    private static Instant startOf(String isoDate, ZoneId zone) {
        return LocalDate.parse(isoDate).atStartOfDay(zone).toInstant();
    }

    /** Cases on the customer's number or on one of its leads, with their steps. */
    static void cases(Connection connection, TimelineRows.Customer customer, List<TimelineEntry> out)
            throws SQLException {
        String sql = "SELECT id, lead_id, title, state, created_at, closed_at FROM follow_up_case WHERE phone = ? "
                + "UNION SELECT id, lead_id, title, state, created_at, closed_at FROM follow_up_case WHERE lead_id IN ("
                + customer.marks() + ")";
        List<long[]> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, customer.phone());
            customer.bind(statement, 2);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long lead = rs.getLong(2);
                    String batch = customer.batchOf(lead);
                    String title = rs.getString(3);
                    out.add(new TimelineEntry(Instant.ofEpochMilli(rs.getLong(5)), TimelineEvent.CASE_OPENED, lead,
                            batch, id, title, 0, null, null));
                    add(out, TimelineRows.instantOrNull(rs, 6), TimelineEvent.CASE_CLOSED, lead, batch, id, title,
                            rs.getString(4));
                    found.add(new long[] {id, lead});
                }
            }
        }
        for (long[] c : found) {
            steps(connection, c[0], c[1], customer.batchOf(c[1]), out);
        }
    }

    private static void steps(Connection connection, long caseId, long lead, String batch, List<TimelineEntry> out)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT party_name, question, asked_at, answer, answered_at FROM case_step WHERE case_id = ?")) {
            statement.setLong(1, caseId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    add(out, TimelineRows.instantOrNull(rs, 3), TimelineEvent.CASE_STEP_ASKED, lead, batch, caseId,
                            rs.getString(1), rs.getString(2));
                    add(out, TimelineRows.instantOrNull(rs, 5), TimelineEvent.CASE_STEP_ANSWERED, lead, batch, caseId,
                            rs.getString(1), rs.getString(4));
                }
            }
        }
    }
}

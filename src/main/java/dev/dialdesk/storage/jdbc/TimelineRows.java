package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.timeline.TimelineEntry;
import dev.dialdesk.domain.timeline.TimelineEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a customer's timeline, for both engines: the leads with the customer's number, then
 * their calls, callbacks and notes changes ({@link TimelineSaleRows} reads contracts and cases). Every
 * query goes through an index on the lead (or the number), so one customer costs a few index looks.
 */
final class TimelineRows {

    /** The leads with one number: id to batch name, and the number itself. */
    record Customer(String phone, Map<Long, String> batches) {

        String batchOf(long leadId) {
            return batches.get(leadId);
        }

        /** "?, ?" for the leads, to put in an IN list. */
        String marks() {
            return String.join(", ", Collections.nCopies(batches.size(), "?"));
        }

        int bind(PreparedStatement statement, int from) throws SQLException {
            int index = from;
            for (long id : batches.keySet()) {
                statement.setLong(index++, id);
            }
            return index;
        }
    }

    private TimelineRows() {
    }

    static List<TimelineEntry> eventsOf(Connection connection, long leadId) throws SQLException {
        List<TimelineEntry> out = new ArrayList<>();
        Customer customer = customer(connection, leadId, out);
        if (customer == null) {
            return out;
        }
        calls(connection, customer, out);
        callbacks(connection, customer, out);
        notes(connection, customer, out);
        TimelineSaleRows.contracts(connection, customer, out);
        TimelineSaleRows.cases(connection, customer, out);
        return out;
    }

    /** The leads with the number of {@code leadId}, each adding its import; null when the lead is not visible. */
    private static Customer customer(Connection connection, long leadId, List<TimelineEntry> out) throws SQLException {
        String sql = "SELECT l.id, l.phone, b.name, b.imported_at FROM lead l JOIN lead_batch b ON b.id = l.batch_id "
                + "WHERE l.phone = (SELECT phone FROM lead WHERE id = ?) ORDER BY l.id";
        Map<Long, String> batches = new LinkedHashMap<>();
        String phone = null;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, leadId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    phone = rs.getString(2);
                    batches.put(id, rs.getString(3));
                    out.add(new TimelineEntry(Instant.ofEpochMilli(rs.getLong(4)), TimelineEvent.IMPORTED, id,
                            rs.getString(3), 0, rs.getString(3), 0, null, null));
                }
            }
        }
        return phone == null ? null : new Customer(phone, batches);
    }

    private static void calls(Connection connection, Customer customer, List<TimelineEntry> out) throws SQLException {
        String sql = "SELECT lead_id, started_at, disposition, duration_ms, note FROM call_attempt WHERE lead_id IN ("
                + customer.marks() + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            customer.bind(statement, 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long lead = rs.getLong(1);
                    out.add(new TimelineEntry(Instant.ofEpochMilli(rs.getLong(2)), TimelineEvent.CALL, lead,
                            customer.batchOf(lead), 0, rs.getString(3), rs.getLong(4), null, rs.getString(5)));
                }
            }
        }
    }

    private static void callbacks(Connection connection, Customer customer, List<TimelineEntry> out) throws SQLException {
        String sql = "SELECT id, lead_id, created_at, due_at, kind, status, outcome, missed_at, updated_at, note, "
                + "cancel_reason FROM callback WHERE lead_id IN (" + customer.marks() + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            customer.bind(statement, 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    callback(rs, customer, out);
                }
            }
        }
    }

    private static void callback(ResultSet rs, Customer customer, List<TimelineEntry> out) throws SQLException {
        long id = rs.getLong(1);
        long lead = rs.getLong(2);
        String batch = customer.batchOf(lead);
        Instant due = Instant.ofEpochMilli(rs.getLong(4));
        out.add(new TimelineEntry(Instant.ofEpochMilli(rs.getLong(3)), TimelineEvent.CALLBACK_BOOKED, lead, batch, id,
                rs.getString(5), 0, due, rs.getString(10)));
        Instant updated = Instant.ofEpochMilli(rs.getLong(9));
        switch (rs.getString(6)) {
            case "DONE" -> out.add(new TimelineEntry(updated, TimelineEvent.CALLBACK_KEPT, lead, batch, id,
                    rs.getString(7), 0, due, null));
            case "MISSED" -> {
                long missedAt = rs.getLong(8);
                out.add(new TimelineEntry(rs.wasNull() ? due : Instant.ofEpochMilli(missedAt),
                        TimelineEvent.CALLBACK_MISSED, lead, batch, id, null, 0, due, null));
            }
            case "CANCELLED" -> out.add(new TimelineEntry(updated, TimelineEvent.CALLBACK_CANCELLED, lead, batch, id,
                    null, 0, due, rs.getString(11)));
            default -> {
                // still pending: the booking is the only line
            }
        }
    }

    private static void notes(Connection connection, Customer customer, List<TimelineEntry> out) throws SQLException {
        String sql = "SELECT lead_id, at, notes FROM lead_notes_change WHERE lead_id IN (" + customer.marks() + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            customer.bind(statement, 1);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long lead = rs.getLong(1);
                    out.add(new TimelineEntry(Instant.ofEpochMilli(rs.getLong(2)), TimelineEvent.NOTES_CHANGED, lead,
                            customer.batchOf(lead), 0, null, 0, null, rs.getString(3)));
                }
            }
        }
    }

    static Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}

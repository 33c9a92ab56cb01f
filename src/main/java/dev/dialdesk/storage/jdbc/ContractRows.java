package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.AfterSale;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.contracts.QaCase;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.contracts.ReturnReason;
import dev.dialdesk.domain.contracts.Sale;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Row mapping of the {@code contract} table, both ways. */
final class ContractRows {

    /** The columns, in the order {@link #bind} writes and {@link #read} reads them (after the id). */
    static final String COLUMNS = "lead_id, agent_id, attempt_id, product, premium_won, contract_at, zone, "
            + "application_no, notes, channel, qa_state, qa_reason, qa_notice_date, qa_deadline_at, re_recorded_at, "
            + "returned_at, return_reason, withdrawal_date, withdrawal_reason, cancelled_at, policy_delivery_date, "
            + "customer_birth_date, customer_age, happy_call, created_at, updated_at";
    static final int COLUMN_COUNT = 26;
    /** The id, the {@link #COLUMNS} and the row version: what {@link #read} reads. */
    static final String SELECT_COLUMNS = "c.id, " + prefixed() + ", c.version";
    /** How many columns {@link #SELECT_COLUMNS} names: a query's own columns come after these. */
    static final int SELECT_COUNT = COLUMN_COUNT + 2;
    static final String SELECT = "SELECT " + SELECT_COLUMNS + " FROM contract c";

    /** Zones are few and {@code ZoneId.of} is not free: 10,000 rows share a handful. */
    private static final java.util.Map<String, ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    private ContractRows() {
    }

    private static String prefixed() {
        return "c." + COLUMNS.replace(", ", ", c.");
    }

    /** Binds every column from parameter {@code first} on; returns the next free parameter index. */
    static int bind(PreparedStatement s, int first, Contract c) throws SQLException {
        int i = first;
        Sale sale = c.sale();
        QaCase qa = c.qa();
        AfterSale after = c.afterSale();
        s.setLong(i++, c.leadId());
        s.setString(i++, c.agentId().value());
        setLong(s, i++, c.attemptId());
        s.setString(i++, sale.product());
        s.setLong(i++, sale.premiumWon());
        s.setLong(i++, sale.contractAt().toEpochMilli());
        s.setString(i++, sale.zone().getId());
        s.setString(i++, sale.applicationNo());
        s.setString(i++, sale.notes());
        s.setString(i++, sale.soldByPhone() ? "PHONE" : "OTHER");
        s.setString(i++, qa.state().name());
        s.setString(i++, qa.reason());
        s.setString(i++, text(qa.noticeDate()));
        s.setLong(i++, qa.deadline().toEpochMilli());
        setInstant(s, i++, qa.reRecordedAt());
        setInstant(s, i++, qa.returnedAt());
        s.setString(i++, qa.returnReason() == null ? null : qa.returnReason().name());
        s.setString(i++, text(after.withdrawalDate()));
        s.setString(i++, after.withdrawalReason());
        setInstant(s, i++, after.cancelledAt());
        s.setString(i++, text(after.policyDeliveryDate()));
        s.setString(i++, text(after.customerBirthDate()));
        setLong(s, i++, after.customerAge() == null ? null : after.customerAge().longValue());
        s.setString(i++, after.happyCall().name());
        s.setLong(i++, c.createdAt().toEpochMilli());
        s.setLong(i++, c.updatedAt().toEpochMilli());
        return i;
    }

    /** Reads a contract from a row of {@link #SELECT} (columns from 1). */
    static Contract read(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Sale sale = new Sale(rs.getString(5), rs.getLong(6), instant(rs, 7), ZONES.computeIfAbsent(rs.getString(8), ZoneId::of),
                rs.getString(9), rs.getString(10), "PHONE".equals(rs.getString(11)));
        String returnReason = rs.getString(18);
        QaCase qa = new QaCase(QaState.valueOf(rs.getString(12)), rs.getString(13), date(rs, 14), instant(rs, 15),
                instant(rs, 16), instant(rs, 17), returnReason == null ? null : ReturnReason.valueOf(returnReason));
        long age = rs.getLong(24);
        Integer customerAge = rs.wasNull() ? null : (int) age;
        AfterSale after = new AfterSale(date(rs, 19), rs.getString(20), instant(rs, 21), date(rs, 22), date(rs, 23),
                customerAge, HappyCall.valueOf(rs.getString(25)));
        long attempt = rs.getLong(4);
        Long attemptId = rs.wasNull() ? null : attempt;
        return new Contract(id, rs.getLong(2), new AgentId(rs.getString(3)), attemptId, sale, qa, after,
                instant(rs, 26), instant(rs, 27), rs.getLong(28));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        setLong(s, index, value == null ? null : value.toEpochMilli());
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }
}

package dev.dialdesk.storage.jdbc;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CasePromise;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.domain.cases.PartyKind;
import dev.dialdesk.domain.cases.StepState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Row mapping of {@code follow_up_case} and {@code case_step}. */
final class CaseRows {

    static final String CASE_COLUMNS = "id, agent_id, lead_id, phone, customer_name, title, problem, state, promise, "
            + "promise_due, created_at, closed_at, version";
    static final String STEP_COLUMNS = "id, case_id, position, party_kind, contact_id, party_name, question, due_at, "
            + "state, asked_at, answer, answered_at, given_date, waits_on, delay_minutes, snoozed_until, version";
    /** The step columns an update writes, in {@link #bindStep} order. */
    static final String STEP_MUTABLE = "party_kind = ?, contact_id = ?, party_name = ?, question = ?, due_at = ?, "
            + "state = ?, asked_at = ?, answer = ?, answered_at = ?, given_date = ?, waits_on = ?, delay_minutes = ?, "
            + "snoozed_until = ?";

    private CaseRows() {
    }

    /** A case without its steps (they are read separately). */
    static FollowUpCase caseOf(ResultSet rs) throws SQLException {
        String promise = rs.getString(9);
        long due = rs.getLong(10);
        CasePromise p = rs.wasNull() ? null : new CasePromise(promise, java.time.Instant.ofEpochMilli(due));
        long lead = rs.getLong(3);
        Long leadId = rs.wasNull() ? null : lead;
        return new FollowUpCase(rs.getLong(1), new AgentId(rs.getString(2)), leadId, PhoneNumber.ofE164(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), CaseState.valueOf(rs.getString(8)), p,
                ReportIds.instant(rs, 11), ReportIds.instant(rs, 12), rs.getLong(13), List.of());
    }

    static CaseStep stepOf(ResultSet rs) throws SQLException {
        long contact = rs.getLong(5);
        Long contactId = rs.wasNull() ? null : contact;
        Party party = new Party(PartyKind.valueOf(rs.getString(4)), contactId, rs.getString(6));
        String given = rs.getString(13);
        return new CaseStep(rs.getLong(1), rs.getLong(2), rs.getInt(3), party, rs.getString(7), ReportIds.instant(rs, 8),
                StepState.valueOf(rs.getString(9)), ReportIds.instant(rs, 10), rs.getString(11), ReportIds.instant(rs, 12),
                given == null ? null : LocalDate.parse(given), positions(rs.getString(14)),
                Duration.ofMinutes(rs.getLong(15)), ReportIds.instant(rs, 16), rs.getLong(17));
    }

    /** Binds the 13 mutable step columns from {@code first}. */
    static void bindStep(PreparedStatement s, int first, CaseStep step) throws SQLException {
        s.setString(first, step.party().kind().name());
        if (step.party().contactId() == null) {
            s.setNull(first + 1, Types.INTEGER);
        } else {
            s.setLong(first + 1, step.party().contactId());
        }
        s.setString(first + 2, step.party().name());
        s.setString(first + 3, step.question());
        s.setLong(first + 4, step.dueAt().toEpochMilli());
        s.setString(first + 5, step.state().name());
        ReportIds.setInstant(s, first + 6, step.askedAt());
        s.setString(first + 7, step.answer());
        ReportIds.setInstant(s, first + 8, step.answeredAt());
        s.setString(first + 9, step.givenDate() == null ? null : step.givenDate().toString());
        s.setString(first + 10, step.waitsOn().stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.setLong(first + 11, step.delay().toMinutes());
        ReportIds.setInstant(s, first + 12, step.snoozedUntil());
    }

    private static List<Integer> positions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}

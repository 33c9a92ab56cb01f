package dev.dialdesk.service.reports;

import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.contracts.ReturnReason;
import dev.dialdesk.domain.text.SectionRecords;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The field rules of the day report's sections ({@code docs/day-report-format.md}), the same for every
 * engine: a file whose records break them is refused before any store sees it.
 */
public final class SectionRules {

    static final Set<String> CALLBACK_STATUSES = Set.of("PENDING", "DONE", "MISSED", "CANCELLED");
    static final Set<String> CALLBACK_KINDS = Set.of("NORMAL", "RE_RECORDING");
    static final Set<String> QA_STATES = Arrays.stream(QaState.values()).map(Enum::name).collect(Collectors.toSet());
    static final Set<String> RETURN_REASONS = Arrays.stream(ReturnReason.values()).map(Enum::name)
            .collect(Collectors.toSet());
    /** Above any monthly premium a person sells: a typo or a hostile file. */
    public static final long MAX_PREMIUM = 1_000_000_000_000L;

    /** A {@code callbacks} record. */
    public static final SectionRecords.Check CALLBACKS = r -> {
        r.id();
        r.phone("lead_phone");
        r.instant("due_at");
        r.optionalInstant("window_end_at");
        r.oneOf("status", CALLBACK_STATUSES);
        if (r.optionalText("kind") != null) {
            r.oneOf("kind", CALLBACK_KINDS);
        }
        r.bool("customer_asked");
        r.optionalInstant("missed_at");
        r.optionalText("outcome");
        r.optionalText("note");
        r.instant("updated_at");
    };

    /** A {@code contracts} record. */
    public static final SectionRecords.Check CONTRACTS = r -> {
        r.id();
        r.phone("lead_phone");
        r.instant("contracted_at");
        r.zone("zone");
        r.text("product");
        r.whole("premium_won", MAX_PREMIUM);
        r.optionalText("application_no");
        r.oneOf("qa_state", QA_STATES);
        r.optionalText("qa_reason");
        r.optionalDate("qa_notice_date");
        r.instant("qa_deadline_at");
        r.optionalInstant("re_recorded_at");
        r.optionalInstant("returned_at");
        if (r.optionalText("return_reason") != null) {
            r.oneOf("return_reason", RETURN_REASONS);
        }
        r.optionalDate("withdrawal_date");
        r.optionalInstant("cancelled_at");
        r.instant("updated_at");
    };

    static final Set<String> CASE_STATES = Set.of("OPEN", "WAITING", "DONE", "CANCELLED");
    static final Set<String> STEP_STATES = Set.of("TODO", "ASKED", "ANSWERED", "DONE", "SKIPPED");
    static final Set<String> PARTIES = Set.of("CUSTOMER", "CONTACT");

    /** A {@code cases} record, with its steps ({@code docs/follow-ups.md}). */
    public static final SectionRecords.Check CASES = r -> {
        r.id();
        r.phone("phone");
        r.text("title");
        r.oneOf("state", CASE_STATES);
        r.optionalInstant("promise_due");
        r.instant("created_at");
        r.optionalInstant("closed_at");
        r.instant("updated_at");
        for (SectionRecords step : r.records("steps")) {
            step.whole("position", 1000);
            step.oneOf("party_kind", PARTIES);
            step.instant("due_at");
            step.oneOf("state", STEP_STATES);
            step.optionalInstant("answered_at");
        }
    };

    private SectionRules() {
    }
}

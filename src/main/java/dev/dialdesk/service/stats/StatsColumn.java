package dev.dialdesk.service.stats;

import java.util.function.Function;

/**
 * The columns of the agents table, in screen order: the dashboard, the CSV, the JSON and the morning
 * report all show the same figures under the same names. Labels: {@code stats.column.NAME}.
 */
public enum StatsColumn {
    RANK("rank", Kind.COUNT, m -> m.isTeam() ? null : m.rank()),
    AGENT("agent", Kind.TEXT, m -> m.isTeam() ? null : m.agent().value()),
    NAME("name", Kind.TEXT, AgentMetrics::name),
    DIALS("dials", Kind.COUNT, AgentMetrics::dials),
    CONTACTS("contacts", Kind.COUNT, AgentMetrics::contacts),
    CONTACT_RATE("contact_rate", Kind.RATIO, AgentMetrics::contactRate),
    TALK_SECONDS("talk_seconds", Kind.DURATION, AgentMetrics::talkSeconds),
    CONTRACTS("contracts", Kind.COUNT, AgentMetrics::contracts),
    PREMIUM("premium", Kind.WON, AgentMetrics::premiumWon),
    CONVERSION("conversion", Kind.RATIO, AgentMetrics::conversion),
    WITHDRAWALS("withdrawals", Kind.COUNT, AgentMetrics::withdrawals),
    RETURNS("returns", Kind.COUNT, AgentMetrics::returns),
    CALLBACKS_DUE("callbacks_due", Kind.COUNT, AgentMetrics::callbacksDue),
    CALLBACKS_KEPT("callbacks_kept", Kind.COUNT, AgentMetrics::callbacksKept),
    CALLBACKS_MISSED("callbacks_missed", Kind.COUNT, AgentMetrics::callbacksMissed),
    DO_NOT_CALL("do_not_call_requests", Kind.COUNT, AgentMetrics::doNotCallRequests),
    QA_OPEN("qa_open", Kind.COUNT, AgentMetrics::qaOpen),
    QA_EXPIRED("qa_expired", Kind.COUNT, AgentMetrics::qaExpired),
    DAYS_WITHOUT_CONTRACT("days_without_contract", Kind.COUNT, AgentMetrics::daysWithoutContract),
    UNTOUCHED_SHARE("batch_untouched_share", Kind.RATIO, AgentMetrics::untouchedShare),
    PREMIUM_TARGET("premium_target", Kind.WON, AgentMetrics::premiumTargetWon),
    TARGET_PROGRESS("target_progress", Kind.RATIO, AgentMetrics::targetProgress);

    /** How a value is shown. */
    public enum Kind { TEXT, COUNT, RATIO, DURATION, WON }

    private final String field;
    private final Kind kind;
    private final Function<AgentMetrics, Object> value;

    StatsColumn(String field, Kind kind, Function<AgentMetrics, Object> value) {
        this.field = field;
        this.kind = kind;
        this.value = value;
    }

    /** The field name in JSON and the CSV header. */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    public String labelKey() {
        return "stats.column." + name();
    }

    /** The raw value (Integer, Long, Double or String), or null where it does not apply. */
    public Object valueOf(AgentMetrics metrics) {
        return value.apply(metrics);
    }
}

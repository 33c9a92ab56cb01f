package dev.dialdesk.service.reports;

import dev.dialdesk.domain.calls.ReportCall;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.DateRange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * An agent's day report (see {@code docs/day-report-format.md}): the raw events of a range of days,
 * with stable ids. {@code sections} holds the other features' records (callbacks, contracts) as plain
 * maps, read and written by their {@link ReportSection}.
 */
public record DayReport(int schemaVersion, Agent agent, Instant exportedAt, ZoneId zone, DateRange range,
                        List<ReportCall> calls, Map<String, List<Map<String, Object>>> sections) {

    /** The schema this build writes and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    /** The value of the {@code format} field that marks a file as a day report. */
    public static final String FORMAT = "dialdesk-day-report";

    public DayReport {
        calls = List.copyOf(calls);
        sections = Map.copyOf(sections);
    }
}

package dev.dialdesk.service.reports;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Message;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A section of the day report besides the calls: {@code callbacks} (issue 4) and {@code contracts}
 * (issue 5) plug in here at merge, one class each. Records are plain maps of JSON values (strings,
 * numbers, booleans, nested maps and lists) whose fields {@code docs/day-report-format.md} defines;
 * every record carries a stable {@code id}.
 */
public interface ReportSection {

    /** The JSON field of the section, e.g. {@code callbacks}. */
    String name();

    /** The agent's records of the section for [from, to). */
    List<Map<String, Object>> export(AgentId agent, Instant from, Instant to);

    /**
     * Problems with the records, before anything is written; each message names the record
     * (e.g. {@code callbacks[3].due_at}). Empty when all are fine.
     */
    List<Message> validate(List<Map<String, Object>> records);

    /**
     * Inserts new records and updates changed ones by their id. Runs inside the file's one
     * transaction: throwing rolls back the whole file.
     *
     * @return how many records were added or changed
     */
    int importRecords(AgentId agent, List<Map<String, Object>> records);
}

package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where one section of the day report besides the calls is kept ({@code callbacks}, {@code contracts}):
 * one implementation per engine. Records are plain maps of JSON values whose fields
 * {@code docs/day-report-format.md} defines; every record carries a stable {@code id}. The field rules
 * are not the store's: {@code service.reports.SectionRules} checks the records before they arrive here.
 */
public interface ReportSectionStore {

    /** The JSON field of the section, e.g. {@code callbacks}. */
    String name();

    /** The agent's records of the section for [from, to). */
    List<Map<String, Object>> export(AgentId agent, Instant from, Instant to);

    /**
     * Inserts new records and updates changed ones by their id; the records were checked. Runs inside
     * the file's one transaction: throwing rolls back the whole file.
     *
     * @return how many records were added or changed
     */
    int importRecords(AgentId agent, List<Map<String, Object>> records);
}

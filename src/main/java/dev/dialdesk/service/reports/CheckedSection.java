package dev.dialdesk.service.reports;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.text.SectionRecords;
import dev.dialdesk.storage.ReportSectionStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A section of the day report: an engine's store, with the engine-independent field rules in front. */
public final class CheckedSection implements ReportSection {

    private final ReportSectionStore store;
    private final SectionRecords.Check rules;

    public CheckedSection(ReportSectionStore store, SectionRecords.Check rules) {
        this.store = store;
        this.rules = rules;
    }

    /** The {@code callbacks} section kept in {@code store}. */
    public static CheckedSection callbacks(ReportSectionStore store) {
        return new CheckedSection(store, SectionRules.CALLBACKS);
    }

    /** The {@code contracts} section kept in {@code store}. */
    public static CheckedSection contracts(ReportSectionStore store) {
        return new CheckedSection(store, SectionRules.CONTRACTS);
    }

    /** The {@code cases} section (follow-up chains) kept in {@code store}. */
    public static CheckedSection cases(ReportSectionStore store) {
        return new CheckedSection(store, SectionRules.CASES);
    }

    @Override
    public String name() {
        return store.name();
    }

    @Override
    public List<Map<String, Object>> export(AgentId agent, Instant from, Instant to) {
        return store.export(agent, from, to);
    }

    @Override
    public List<Message> validate(List<Map<String, Object>> records) {
        return SectionRecords.validate(name(), records, rules);
    }

    @Override
    public int importRecords(AgentId agent, List<Map<String, Object>> records) {
        return store.importRecords(agent, records);
    }
}

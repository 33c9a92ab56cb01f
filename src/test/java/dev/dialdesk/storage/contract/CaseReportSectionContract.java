package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.domain.text.SectionRecords;
import dev.dialdesk.storage.CaseStore;
import dev.dialdesk.storage.ReportSectionStore;
import dev.dialdesk.storage.jdbc.JdbcCaseReportSection;
import dev.dialdesk.storage.jdbc.JdbcCaseStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cases} section of the day report ({@link ReportSectionStore}), run on every engine on the agent's desk. */
public abstract class CaseReportSectionContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private ReportSectionStore section;
    private CaseStore cases;
    private long lead;
    private Instant dayStart;
    private Instant dayEnd;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        section = new JdbcCaseReportSection(engine.desk(), engine.clock());
        cases = new JdbcCaseStore(engine.desk(), engine.clock());
        PhoneNumber phone = PhoneNumber.ofE164("+821055551004");
        lead = engine.lead(StoreEngine.AGENT, phone);
        Instant now = engine.clock().instant();
        dayStart = now.minus(Duration.ofHours(10));
        dayEnd = dayStart.plus(Duration.ofDays(1));
        cases.insert(new FollowUpCase(0, StoreEngine.AGENT, lead, phone, "홍길동", "Washer broken", "", CaseState.OPEN,
                null, now, null, 0, List.of(CaseStep.planned(1, Party.customer(), "which day?", now.plusSeconds(3600),
                        List.of(), Duration.ZERO), CaseStep.planned(2, Party.customer(), "delivered?",
                        now.plusSeconds(7200), List.of(1), Duration.ofMinutes(15)))));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aCaseIsExportedWithItsStepsUnderAnIdItKeeps() {
        List<Map<String, Object>> first = section.export(StoreEngine.AGENT, dayStart, dayEnd);
        List<Map<String, Object>> second = section.export(StoreEngine.AGENT, dayStart, dayEnd);

        assertThat(first).singleElement().satisfies(r -> {
            assertThat(r.get("title")).isEqualTo("Washer broken");
            assertThat(UUID.fromString((String) r.get("id"))).isNotNull();
            assertThat(r).doesNotContainKeys("agent", "lead_id");
            assertThat((List<?>) r.get("steps")).hasSize(2);
        });
        assertThat(second.get(0).get("id")).isEqualTo(first.get(0).get("id"));
        assertThat(section.export(StoreEngine.AGENT, dayEnd, dayEnd.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void theSameFileTwiceChangesNothingAndALaterRecordReplacesTheCaseAndItsSteps() {
        Map<String, Object> exported = section.export(StoreEngine.AGENT, dayStart, dayEnd).get(0);
        assertThat(section.importRecords(StoreEngine.AGENT, List.of(exported))).isZero();

        Map<String, Object> later = new LinkedHashMap<>(exported);
        later.put("title", "Washer replaced");
        later.put("state", "DONE");
        later.put("updated_at", SectionRecords.time(engine.clock().instant().plus(Duration.ofHours(1))));
        later.put("steps", List.of(((List<?>) exported.get("steps")).get(0)));
        assertThat(section.importRecords(StoreEngine.AGENT, List.of(later))).isEqualTo(1);
        assertThat(section.importRecords(StoreEngine.AGENT, List.of(later))).isZero();

        assertThat(cases.forLead(lead)).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Washer replaced");
            assertThat(c.state()).isEqualTo(CaseState.DONE);
            assertThat(c.steps()).extracting(CaseStep::question).containsExactly("which day?");
        });
    }

    @Test
    void aRecordWithAnUnknownIdIsANewCaseOnTheLeadOfItsNumber() {
        Map<String, Object> other = new LinkedHashMap<>(section.export(StoreEngine.AGENT, dayStart, dayEnd).get(0));
        other.put("id", UUID.randomUUID().toString());
        other.put("title", "Second washer");

        assertThat(section.importRecords(StoreEngine.AGENT, List.of(other))).isEqualTo(1);

        assertThat(cases.forLead(lead)).extracting(FollowUpCase::title)
                .containsExactlyInAnyOrder("Washer broken", "Second washer");
        assertThat(cases.byAgent(StoreEngine.AGENT, true)).filteredOn(c -> c.title().equals("Second washer"))
                .singleElement().satisfies(c -> assertThat(c.steps()).hasSize(2));
    }
}

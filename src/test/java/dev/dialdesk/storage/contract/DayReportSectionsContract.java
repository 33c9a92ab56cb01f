package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.text.SectionRecords;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.ReportSectionStore;
import dev.dialdesk.storage.jdbc.JdbcCallbackReportSection;
import dev.dialdesk.storage.jdbc.JdbcCallbackStore;
import dev.dialdesk.storage.jdbc.JdbcContractReportSection;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.testing.StoreEngine;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day report's {@code callbacks} and {@code contracts} sections ({@code docs/day-report-format.md}),
 * run on every engine: the agent's desk exports its day, the team lead's desk imports it. Tuesday
 * 10 March 2026 in Seoul.
 */
public abstract class DayReportSectionsContract {

    private static final String PHONE = "+821066660001";

    @TempDir
    Path dir;
    private StoreEngine engine;
    private ContractService contracts;
    private long lead;
    private Instant from;
    private Instant to;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        lead = engine.lead(AGENT, PhoneNumber.ofE164(PHONE));
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        settings.set(SettingKeys.AGENT_ID, AGENT.value());
        contracts = new ContractService(new JdbcContractStore(engine.desk()),
                new ContractRules(settings, new JdbcHolidayStore(engine.desk())), engine.clock());
        from = engine.clock().instant().minus(Duration.ofHours(10));
        to = from.plus(Duration.ofDays(1));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private ReportSectionStore deskCallbacks() {
        return new JdbcCallbackReportSection(engine.desk(), engine.clock());
    }

    private ReportSectionStore leadCallbacks() {
        return new JdbcCallbackReportSection(engine.teamLead(), engine.clock());
    }

    private ReportSectionStore deskContracts() {
        return new JdbcContractReportSection(engine.desk(), engine.clock());
    }

    private ReportSectionStore leadContracts() {
        return new JdbcContractReportSection(engine.teamLead(), engine.clock());
    }

    private Callback booked() {
        var due = engine.clock().instant().plus(Duration.ofHours(2)).atZone(engine.clock().getZone());
        return new JdbcCallbackStore(engine.desk()).insert(Callback.book(new BookingRequest(lead, AGENT, due, null,
                "", true, CallbackKind.NORMAL, null), engine.clock().instant()), List.of());
    }

    private Contract openCase() {
        Contract made = contracts.createFromCall(null, lead, AGENT, "무배당 종신보험", 35_000,
                engine.clock().instant().minus(Duration.ofMinutes(30)), "AP-1", "");
        return contracts.requireReRecording(made.id(), "고지의무 설명 누락", LocalDate.parse("2026-03-10"), AGENT);
    }

    private static Map<String, Object> changed(Map<String, Object> record, Instant updatedAt, Object... fields) {
        Map<String, Object> copy = new LinkedHashMap<>(record);
        for (int i = 0; i < fields.length; i += 2) {
            copy.put((String) fields[i], fields[i + 1]);
        }
        copy.put("updated_at", SectionRecords.time(updatedAt));
        return copy;
    }

    @Test
    void theSameReportImportedAgainChangesNothingAndANewerExportUpdates() {
        Callback callback = booked();
        List<Map<String, Object>> exported = deskCallbacks().export(AGENT, from, to);
        assertThat(exported).singleElement().satisfies(r -> assertThat(r).containsEntry("lead_phone", PHONE)
                .containsEntry("status", "PENDING"));
        assertThat(deskCallbacks().export(AGENT, from, to)).extracting(r -> r.get("id"))
                .as("the id is stable").containsExactly(exported.get(0).get("id"));

        assertThat(leadCallbacks().importRecords(AGENT, exported)).isZero();
        Instant later = engine.clock().instant().plus(Duration.ofHours(3));
        assertThat(leadCallbacks().importRecords(AGENT, List.of(changed(exported.get(0), later, "status", "CANCELLED"))))
                .isEqualTo(1);

        assertThat(engine.queryOne("SELECT status FROM callback WHERE id = " + callback.id())).isEqualTo("CANCELLED");
        assertThat(engine.queryOne("SELECT version FROM callback WHERE id = " + callback.id())).isEqualTo("2");
    }

    @Test
    void aReportWithABrokenRecordImportsNoneOfIt() {
        booked();
        Map<String, Object> good = deskCallbacks().export(AGENT, from, to).get(0);
        Map<String, Object> fresh = changed(good, engine.clock().instant(), "id", UUID.randomUUID().toString());
        Map<String, Object> broken = changed(good, engine.clock().instant(), "id", UUID.randomUUID().toString());
        broken.remove("due_at");
        String before = engine.queryOne("SELECT count(*) FROM callback");

        assertThatThrownBy(() -> leadCallbacks().importRecords(AGENT, List.of(fresh, broken)))
                .as("the second record fails, after the first was written").isInstanceOf(SectionRecords.BadField.class);

        assertThat(engine.queryOne("SELECT count(*) FROM callback")).isEqualTo(before);
    }

    @Test
    void aReturnByTheDeadlineInAReportNeverUndoesAReRecordingMadeInTime() {
        Contract open = openCase();
        Map<String, Object> exported = deskContracts().export(AGENT, from, to).get(0);
        Instant recordedAt = open.qa().deadline().minus(Duration.ofHours(1));
        contracts.markReRecorded(open.id(), recordedAt, AGENT);
        Instant afterDeadline = open.qa().deadline().plus(Duration.ofMinutes(1));

        assertThat(leadContracts().importRecords(AGENT, List.of(changed(exported, afterDeadline, "qa_state", "RETURNED",
                "return_reason", "DEADLINE", "returned_at", SectionRecords.time(open.qa().deadline()))))).isZero();

        assertThat(engine.queryOne("SELECT qa_state FROM contract WHERE id = " + open.id())).isEqualTo("RE_RECORDED");
    }

    @Test
    void aReRecordingMadeInTimeInAReportUndoesAReturnByTheDeadline() {
        Contract open = openCase();
        Map<String, Object> exported = deskContracts().export(AGENT, from, to).get(0);
        engine.clock().advance(Duration.between(engine.clock().instant(), open.qa().deadline()).plusMinutes(1));
        assertThat(contracts.expireOverdue()).hasSize(1);
        Instant recordedAt = open.qa().deadline().minus(Duration.ofHours(1));

        assertThat(leadContracts().importRecords(AGENT, List.of(changed(exported, recordedAt, "qa_state", "RE_RECORDED",
                "re_recorded_at", SectionRecords.time(recordedAt))))).isEqualTo(1);

        assertThat(engine.queryOne("SELECT qa_state FROM contract WHERE id = " + open.id())).isEqualTo("RE_RECORDED");
    }
}

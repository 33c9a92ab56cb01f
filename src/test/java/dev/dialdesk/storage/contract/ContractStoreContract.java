package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static dev.dialdesk.testing.StoreEngine.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.ContractChange;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.contracts.ReturnReason;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.ContractStore;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.testing.Interleave;
import dev.dialdesk.testing.StoreEngine;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link ContractStore} contract (청약 and the QA re-recording deadline, 보완녹취), run on every
 * engine, through the contract service as a desk runs it. Kim's and Lee's contracts of Tuesday
 * 10 March 2026, 09:30 in Seoul; QA asks both for a re-recording the same day.
 */
public abstract class ContractStoreContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private ContractStore store;
    private ContractService kimDesk;
    private int nextPhone = 4000;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        store = new JdbcContractStore(engine.desk());
        kimDesk = service(store, engine.desk(), AGENT);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** The contract service of a desk whose agent is {@code agent}. */
    private ContractService service(ContractStore over, JdbcDatabase database, AgentId agent) {
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        settings.set(SettingKeys.AGENT_ID, agent.value());
        return new ContractService(over, new ContractRules(settings, new JdbcHolidayStore(database)), engine.clock());
    }

    private ContractService deskOf(AgentId agent) {
        JdbcDatabase database = engine.otherDesk(agent);
        return service(new JdbcContractStore(database), database, agent);
    }

    private long lead(AgentId agent) {
        return engine.lead(agent, PhoneNumber.parse(String.format("010-4444-%04d", nextPhone++), "KR").number());
    }

    /** A contract of {@code agent} made on their desk at 09:30 with an open QA case. */
    private Contract openCase(ContractService desk, AgentId agent, long premium) {
        Contract made = desk.createFromCall(null, lead(agent), agent, "무배당 종신보험", premium,
                engine.clock().instant().minus(Duration.ofMinutes(30)), "AP-" + premium, "");
        return desk.requireReRecording(made.id(), "고지의무 설명 누락", LocalDate.parse("2026-03-10"), agent);
    }

    private String stateOf(long contractId) {
        return engine.queryOne("SELECT qa_state FROM contract WHERE id = " + contractId);
    }

    private void pastTheDeadlineOf(Contract contract) {
        engine.clock().advance(Duration.between(engine.clock().instant(), contract.qa().deadline()).plusMinutes(1));
    }

    @Test
    void aContractIsFoundAsSavedWithItsAuditAndCountsInThePremiumOfItsDay() {
        Contract made = kimDesk.createFromCall(null, lead(AGENT), AGENT, "무배당 종신보험", 35_000,
                engine.clock().instant().minus(Duration.ofMinutes(30)), "AP-1", "");

        assertThat(store.find(made.id())).contains(made);
        assertThat(store.audit(made.id())).extracting(ContractChange::field).containsExactly("created");
        assertThat(store.list(false, AGENT)).extracting(l -> l.contract().id()).containsExactly(made.id());
        Instant now = engine.clock().instant();
        assertThat(store.premiumWon(AGENT, now.minus(Duration.ofHours(10)), now)).isEqualTo(35_000);
        assertThat(store.openCases(AGENT)).isEmpty();
    }

    @Test
    void anOpenCaseIsListedByItsDeadlineAndFoundByItsLead() {
        Contract open = openCase(kimDesk, AGENT, 35_000);

        assertThat(store.openCases(AGENT)).extracting(Contract::id).containsExactly(open.id());
        assertThat(store.earliestOpenDeadline(AGENT)).contains(open.qa().deadline());
        assertThat(store.openCaseOfLead(open.leadId())).map(Contract::id).contains(open.id());
        assertThat(store.openCasesDueBy(AGENT, engine.clock().instant())).isEmpty();
        assertThat(store.openCasesDueBy(AGENT, open.qa().deadline())).extracting(Contract::id).containsExactly(open.id());
    }

    @Test
    void anUpdateFromAnOlderVersionIsAConflictNamingWhoChangedItLast() {
        Contract open = openCase(kimDesk, AGENT, 35_000);
        deskOf(AGENT).markReRecorded(open.id(), engine.clock().instant(), AGENT);

        ConflictException conflict = org.junit.jupiter.api.Assertions.assertThrows(ConflictException.class,
                () -> store.update(open.returned(ReturnReason.QA_REJECTED, engine.clock().instant()), List.of()));

        assertThat(conflict.current(Contract.class)).hasValueSatisfying(c -> assertThat(c.state())
                .isEqualTo(QaState.RE_RECORDED));
        assertThat(Messages.forLocale(Locale.ENGLISH).get(conflict.userMessage())).contains("changed elsewhere")
                .contains(AGENT.value());
        assertThat(Messages.forLocale(Locale.KOREAN).get(conflict.userMessage())).contains(AGENT.value());
    }

    @Test
    void aNewDeadlineIsNotWrittenOverACaseThatChangedMeanwhile() {
        Contract open = openCase(kimDesk, AGENT, 35_000);
        deskOf(AGENT).markReRecorded(open.id(), engine.clock().instant(), AGENT);

        assertThat(store.updateDeadlines(List.of(open.withQa(open.qa().withDeadline(open.qa().deadline()
                .plus(Duration.ofDays(1))))))).isZero();
        assertThat(store.find(open.id()).orElseThrow().qa().deadline()).isEqualTo(open.qa().deadline());
    }

    @Test
    void theDeadlinesReturnsOnTwoAgentsDesksAtOnceTouchOnlyEachDesksOwnAgentsContracts() {
        Contract kims = openCase(kimDesk, AGENT, 35_000);
        ContractService leeDesk = deskOf(OTHER);
        Contract lees = openCase(leeDesk, OTHER, 52_000);
        pastTheDeadlineOf(kims);

        CompletableFuture<List<Contract>> onKimsDesk = CompletableFuture.supplyAsync(kimDesk::expireOverdue);
        CompletableFuture<List<Contract>> onLeesDesk = CompletableFuture.supplyAsync(leeDesk::expireOverdue);

        assertThat(onKimsDesk.join()).extracting(Contract::id).containsExactly(kims.id());
        assertThat(onLeesDesk.join()).extracting(Contract::id).containsExactly(lees.id());
        assertThat(stateOf(kims.id())).isEqualTo("RETURNED");
        assertThat(stateOf(lees.id())).isEqualTo("RETURNED");
    }

    @Test
    void kimsDeskNeverReturnsLeesOverdueContract() {
        Contract lees = openCase(deskOf(OTHER), OTHER, 52_000);
        pastTheDeadlineOf(lees);

        assertThat(kimDesk.expireOverdue()).isEmpty();

        assertThat(stateOf(lees.id())).isEqualTo("RE_RECORDING_REQUIRED");
    }

    @Test
    void aReRecordingMadeBeforeTheDeadlineThatLandsFirstMakesTheReturnLose() {
        Contract open = openCase(kimDesk, AGENT, 35_000);
        pastTheDeadlineOf(open);
        Instant recordedAt = open.qa().deadline().minus(Duration.ofHours(1));
        ContractService otherDesk = deskOf(AGENT);
        ContractStore racing = Interleave.afterFirst(ContractStore.class, store, "openCasesDueBy",
                () -> otherDesk.markReRecorded(open.id(), recordedAt, AGENT));

        assertThat(service(racing, engine.desk(), AGENT).expireOverdue()).isEmpty();

        Contract after = store.find(open.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(QaState.RE_RECORDED);
        assertThat(after.qa().reRecordedAt()).isEqualTo(recordedAt);
    }

    @Test
    void aReRecordingMadeBeforeTheDeadlineThatLandsAfterTheReturnStillWins() {
        Contract open = openCase(kimDesk, AGENT, 35_000);
        pastTheDeadlineOf(open);
        assertThat(kimDesk.expireOverdue()).singleElement()
                .satisfies(c -> assertThat(c.qa().returnReason()).isEqualTo(ReturnReason.DEADLINE));
        Instant recordedAt = open.qa().deadline().minus(Duration.ofHours(1));

        deskOf(AGENT).markReRecorded(open.id(), recordedAt, AGENT);

        assertThat(kimDesk.expireOverdue()).isEmpty();
        assertThat(store.find(open.id()).orElseThrow().state()).isEqualTo(QaState.RE_RECORDED);
    }
}

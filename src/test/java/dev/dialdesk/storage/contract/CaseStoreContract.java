package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CasePromise;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.domain.cases.WorkingHours;
import dev.dialdesk.storage.CaseStore;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.jdbc.JdbcCaseStore;
import dev.dialdesk.storage.jdbc.JdbcContactStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link CaseStore} contract (follow-up cases, their steps, the chain templates), run on every
 * engine: the agent's cases on the agent's desk, the centre's templates and address book written by
 * the team lead's.
 */
public abstract class CaseStoreContract {

    private static final PhoneNumber WALK_IN = PhoneNumber.ofE164("+821098761234");

    @TempDir
    Path dir;
    private StoreEngine engine;
    private CaseStore cases;
    private long lead;
    private PhoneNumber leadPhone;
    private Instant now;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        cases = new JdbcCaseStore(engine.desk(), engine.clock());
        leadPhone = PhoneNumber.ofE164("+821055551000");
        lead = engine.lead(StoreEngine.AGENT, leadPhone);
        now = engine.clock().instant();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private FollowUpCase washerCase(Long leadId, PhoneNumber phone, CaseStep... steps) {
        return new FollowUpCase(0, StoreEngine.AGENT, leadId, phone, "홍길동", "Washer broken", "drum noise",
                CaseState.OPEN, new CasePromise("call back with a repair date", now.plus(Duration.ofDays(2))), now, null,
                0, List.of(steps));
    }

    private CaseStep step(int position, Party party, String question, List<Integer> waitsOn) {
        return CaseStep.planned(position, party, question, now.plus(Duration.ofHours(position)), waitsOn,
                Duration.ofMinutes(30));
    }

    @Test
    void aCaseIsStoredWithItsStepsAndReadBackAsItWas() {
        FollowUpCase stored = cases.insert(washerCase(lead, leadPhone,
                step(1, new Party(dev.dialdesk.domain.cases.PartyKind.CONTACT, null, "production"), "how long?", List.of()),
                step(2, Party.customer(), "tell the date", List.of(1))));

        assertThat(stored.id()).isPositive();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.steps()).extracting(CaseStep::id).doesNotContain(0L).doesNotHaveDuplicates();
        FollowUpCase read = cases.find(stored.id()).orElseThrow();
        assertThat(read.leadId()).isEqualTo(lead);
        assertThat(read.agentId()).isEqualTo(StoreEngine.AGENT);
        assertThat(read.promise()).isEqualTo(stored.promise());
        assertThat(read.closedAt()).isNull();
        assertThat(read.steps()).extracting(CaseStep::position, CaseStep::question, CaseStep::waitsOn, CaseStep::delay)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "how long?", List.of(), Duration.ofMinutes(30)),
                        org.assertj.core.groups.Tuple.tuple(2, "tell the date", List.of(1), Duration.ofMinutes(30)));
        assertThat(cases.forLead(lead)).extracting(FollowUpCase::id).containsExactly(stored.id());
        assertThat(cases.openForPhone(leadPhone)).extracting(FollowUpCase::id).containsExactly(stored.id());
    }

    @Test
    void aCaseOnANumberInNoBatchHasNoLead() {
        FollowUpCase stored = cases.insert(washerCase(null, WALK_IN));

        assertThat(cases.find(stored.id()).orElseThrow().leadId()).isNull();
        assertThat(cases.openForPhone(WALK_IN)).hasSize(1);
    }

    @Test
    void anAnsweredStepAndANewOneAreWrittenWithTheCaseAndBumpTheirVersions() {
        FollowUpCase stored = cases.insert(washerCase(lead, leadPhone, step(1, Party.customer(), "which day?", List.of())));
        Instant answeredAt = now.plus(Duration.ofMinutes(5));
        CaseStep answered = stored.steps().get(0).asked(now).answered("Saturday", answeredAt, LocalDate.parse("2026-03-14"));
        CaseStep added = step(2, Party.customer(), "confirm delivery", List.of(1));

        FollowUpCase updated = cases.update(stored.inState(CaseState.WAITING, null), List.of(answered, added));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.state()).isEqualTo(CaseState.WAITING);
        assertThat(updated.steps()).hasSize(2);
        CaseStep first = updated.step(1).orElseThrow();
        assertThat(first.answer()).isEqualTo("Saturday");
        assertThat(first.givenDate()).isEqualTo(LocalDate.parse("2026-03-14"));
        assertThat(first.answeredAt()).isEqualTo(answeredAt);
        assertThat(first.version()).isEqualTo(2);
    }

    @Test
    void anUpdateFromAStaleReadIsAConflictAndWritesNothing() {
        FollowUpCase stored = cases.insert(washerCase(lead, leadPhone, step(1, Party.customer(), "which day?", List.of())));
        cases.update(stored.inState(CaseState.WAITING, null), List.of());

        assertThatThrownBy(() -> cases.update(stored.inState(CaseState.DONE, now), List.of()))
                .isInstanceOf(ConflictException.class);
        assertThat(cases.find(stored.id()).orElseThrow().state()).isEqualTo(CaseState.WAITING);

        FollowUpCase fresh = cases.find(stored.id()).orElseThrow();
        CaseStep staleStep = stored.steps().get(0).asked(now);
        cases.update(fresh, List.of(fresh.steps().get(0).asked(now)));
        FollowUpCase again = cases.find(stored.id()).orElseThrow();
        assertThatThrownBy(() -> cases.update(again.inState(CaseState.DONE, now), List.of(staleStep)))
                .isInstanceOf(ConflictException.class);
        assertThat(cases.find(stored.id()).orElseThrow().state()).isEqualTo(CaseState.WAITING);
    }

    @Test
    void theAgentsOpenCasesAreNewestFirstAndClosedOnesDropOutOfTheOpenList() {
        FollowUpCase older = cases.insert(washerCase(lead, leadPhone));
        engine.clock().advance(Duration.ofHours(1));
        now = engine.clock().instant();
        FollowUpCase newer = cases.insert(washerCase(null, WALK_IN));
        cases.update(older.inState(CaseState.DONE, now), List.of());

        assertThat(cases.byAgent(StoreEngine.AGENT, false)).extracting(FollowUpCase::id)
                .containsExactly(newer.id(), older.id());
        assertThat(cases.byAgent(StoreEngine.AGENT, true)).extracting(FollowUpCase::id).containsExactly(newer.id());
        assertThat(cases.openForPhone(leadPhone)).isEmpty();
        assertThat(cases.find(older.id()).orElseThrow().closedAt()).isEqualTo(now);
    }

    @Test
    void theTeamLeadsViewHoldsOpenCasesAndThoseCreatedOrClosedInTheRange() {
        FollowUpCase closedInRange = cases.insert(washerCase(lead, leadPhone));
        cases.update(closedInRange.inState(CaseState.DONE, now.plus(Duration.ofMinutes(10))), List.of());
        FollowUpCase open = cases.insert(washerCase(null, WALK_IN));
        CaseStore teamLeads = new JdbcCaseStore(engine.teamLead(), engine.clock());

        assertThat(teamLeads.all(now.plus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(1))))
                .extracting(FollowUpCase::id).containsExactlyInAnyOrder(closedInRange.id(), open.id());
        assertThat(teamLeads.all(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2))))
                .extracting(FollowUpCase::id).containsExactly(open.id());
    }

    @Test
    void aCaseWithAnOpenStepCallingAContactIsFoundFromThatContactsCall() {
        InternalContact production = new JdbcContactStore(engine.teamLead()).save(new InternalContact(0, "박생산",
                "production", PhoneNumber.ofE164("+82212345678"), WorkingHours.OFFICE, 0));
        FollowUpCase stored = cases.insert(washerCase(lead, leadPhone,
                step(1, Party.contact(production), "repair time?", List.of())));

        assertThat(cases.openForContact(production.id())).extracting(FollowUpCase::id).containsExactly(stored.id());
        cases.update(stored, List.of(stored.steps().get(0).answered("3 weeks", now, null)));
        assertThat(cases.openForContact(production.id())).isEmpty();
    }

    @Test
    void theCentresTemplatesAreSavedByTheTeamLeadReadOnEveryDeskAndChangedOnlyFromTheVersionRead() {
        CaseStore teamLeads = new JdbcCaseStore(engine.teamLead(), engine.clock());
        CaseTemplate repair = teamLeads.saveTemplate(new CaseTemplate(0, "A/S repair",
                CaseTemplate.parseSteps("production|how long?|0\ncustomer|tell the date|30"), 0));

        assertThat(cases.templates()).extracting(CaseTemplate::name).contains("A/S repair");
        CaseTemplate renamed = teamLeads.saveTemplate(new CaseTemplate(repair.id(), "A/S repair (parts)", repair.steps(),
                repair.version()));
        assertThat(renamed.version()).isEqualTo(repair.version() + 1);
        assertThatThrownBy(() -> teamLeads.saveTemplate(repair)).isInstanceOf(ConflictException.class);
        assertThat(cases.templates()).filteredOn(t -> t.id() == repair.id()).extracting(CaseTemplate::name)
                .containsExactly("A/S repair (parts)");
    }
}

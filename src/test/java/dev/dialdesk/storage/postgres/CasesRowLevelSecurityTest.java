package dev.dialdesk.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CaseState;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.MissedCall;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.cases.WorkingHours;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.rules.HappyCallTry;
import dev.dialdesk.domain.rules.OpeningScript;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.StorageException;
import dev.dialdesk.storage.jdbc.JdbcCaseStore;
import dev.dialdesk.storage.jdbc.JdbcContactStore;
import dev.dialdesk.storage.jdbc.JdbcHappyCalls;
import dev.dialdesk.storage.jdbc.JdbcMissedCallStore;
import dev.dialdesk.storage.jdbc.JdbcOpeningScripts;
import dev.dialdesk.testing.RequiresPostgres;
import dev.dialdesk.testing.TeamFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees what of the follow-up cases and the floor's rules on the team server, proven through the
 * stores on two agents' logins and the team lead's: cases, steps, missed calls of an agent's customers
 * and happy-call tries are the agent's own; the address book, templates and opening statements are
 * the centre's (agents read, the team lead writes).
 */
@ExtendWith(RequiresPostgres.class)
class CasesRowLevelSecurityTest {

    private static final AgentId KIM = TeamFixture.KIM;
    private static final AgentId LEE = TeamFixture.LEE;

    private TeamFixture team;
    private PostgresDatabase kimsDesk;
    private PostgresDatabase leesDesk;
    private PostgresDatabase leadsDesk;
    private long kimsLead;
    private PhoneNumber kimsCustomer;
    private Instant now;

    @BeforeEach
    void open() {
        team = new TeamFixture();
        kimsDesk = team.desk(KIM);
        leesDesk = team.desk(LEE);
        leadsDesk = team.desk(TeamFixture.LEAD);
        kimsLead = team.lead(team.batch(KIM), KIM);
        kimsCustomer = team.phoneOf(kimsLead);
        now = team.clock.instant();
    }

    @AfterEach
    void close() {
        team.close();
    }

    private FollowUpCase caseOf(AgentId agent, Long lead, PhoneNumber phone) {
        return new FollowUpCase(0, agent, lead, phone, "홍길동", "Washer broken", "", CaseState.OPEN, null, now, null, 0,
                List.of(CaseStep.planned(1, Party.customer(), "which day?", now.plusSeconds(3600), List.of(),
                        Duration.ZERO)));
    }

    private long count(AgentId agent, String sql) throws Exception {
        Connection connection = team.plainSql(agent);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int update(AgentId agent, String sql) throws Exception {
        try (Statement s = team.plainSql(agent).createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    @Test
    void anAgentsCasesAndStepsAreOutOfEveryOtherAgentsSightAndReach() throws Exception {
        FollowUpCase kims = new JdbcCaseStore(kimsDesk, team.clock).insert(caseOf(KIM, kimsLead, kimsCustomer));
        JdbcCaseStore lees = new JdbcCaseStore(leesDesk, team.clock);

        assertThat(lees.find(kims.id())).isEmpty();
        assertThat(lees.byAgent(KIM, false)).isEmpty();
        assertThat(lees.openForPhone(kimsCustomer)).isEmpty();
        assertThat(lees.forLead(kimsLead)).isEmpty();
        assertThat(lees.all(now.minusSeconds(60), now.plusSeconds(60))).isEmpty();
        assertThat(count(LEE, "SELECT count(*) FROM case_step")).isZero();
        assertThatThrownBy(() -> lees.update(kims.inState(CaseState.CANCELLED, now), List.of()))
                .isInstanceOf(ConflictException.class);
        assertThat(update(LEE, "UPDATE case_step SET question = 'gone'")).isZero();

        assertThatThrownBy(() -> lees.insert(caseOf(KIM, null, PhoneNumber.ofE164("+821098760001"))))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> lees.insert(caseOf(LEE, kimsLead, kimsCustomer))).isInstanceOf(StorageException.class);

        assertThat(new JdbcCaseStore(leadsDesk, team.clock).all(now.minusSeconds(60), now.plusSeconds(60)))
                .extracting(FollowUpCase::id).containsExactly(kims.id());
        assertThat(new JdbcCaseStore(kimsDesk, team.clock).find(kims.id()).orElseThrow().state())
                .isEqualTo(CaseState.OPEN);
        assertThat(team.queryOne("SELECT question FROM case_step")).isEqualTo("which day?");
    }

    @Test
    void theAddressBookAndTheTemplatesAreTheCentresReadOnEveryDeskWrittenOnlyByTheTeamLead() {
        InternalContact production = new JdbcContactStore(leadsDesk).save(new InternalContact(0, "박생산", "production",
                PhoneNumber.ofE164("+82212345678"), WorkingHours.OFFICE, 0));
        new JdbcCaseStore(leadsDesk, team.clock).saveTemplate(new CaseTemplate(0, "A/S",
                CaseTemplate.parseSteps("production|how long?|0"), 0));

        JdbcContactStore kimsBook = new JdbcContactStore(kimsDesk);
        assertThat(kimsBook.all()).containsExactly(production);
        assertThatThrownBy(() -> kimsBook.save(new InternalContact(production.id(), "someone", "production",
                production.phone(), WorkingHours.OFFICE, production.version()))).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> kimsBook.importAll(List.of(new InternalContact(0, "최배송", "delivery",
                PhoneNumber.ofE164("+82223456789"), WorkingHours.OFFICE, 0)))).isInstanceOf(StorageException.class);
        assertThat(new JdbcContactStore(leesDesk).all()).containsExactly(production);

        JdbcCaseStore kimsCases = new JdbcCaseStore(kimsDesk, team.clock);
        CaseTemplate template = kimsCases.templates().get(0);
        assertThat(template.name()).isEqualTo("A/S");
        assertThatThrownBy(() -> kimsCases.saveTemplate(new CaseTemplate(template.id(), "mine", template.steps(),
                template.version()))).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> kimsCases.saveTemplate(new CaseTemplate(0, "mine", template.steps(), 0)))
                .isInstanceOf(StorageException.class);
        assertThat(new JdbcCaseStore(leesDesk, team.clock).templates()).extracting(CaseTemplate::name)
                .containsExactly("A/S");
    }

    @Test
    void openingStatementsAreTheCentresAndAnOpeningSaidIsTheAgentsOwn() {
        assertThat(new JdbcOpeningScripts(leadsDesk).save(new OpeningScript("", "안녕하세요, {company}입니다.", 0), now))
                .isTrue();
        JdbcOpeningScripts kims = new JdbcOpeningScripts(kimsDesk);
        JdbcOpeningScripts lees = new JdbcOpeningScripts(leesDesk);

        assertThat(lees.forProduct("암보험")).map(OpeningScript::text).contains("안녕하세요, {company}입니다.");
        assertThatThrownBy(() -> kims.save(new OpeningScript("", "my own", 1), now)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> kims.save(new OpeningScript("암보험", "my own", 0), now))
                .isInstanceOf(StorageException.class);
        assertThat(lees.all()).extracting(OpeningScript::text).containsExactly("안녕하세요, {company}입니다.");

        UUID kimsCall = UUID.randomUUID();
        assertThat(kims.markSaid(kimsCall, kimsLead, KIM, now, false)).isTrue();
        assertThat(lees.saidOn(kimsCall)).isFalse();
        assertThatThrownBy(() -> lees.markSaid(UUID.randomUUID(), kimsLead, LEE, now, false))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> lees.markSaid(UUID.randomUUID(), team.lead(team.batch(LEE), LEE), KIM, now, false))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void aMissedCallOfAnAgentsCustomerIsThatAgentsAndOneOfNobodysNumberIsTheFloors() {
        PhoneNumber stranger = PhoneNumber.ofE164("+821098760002");
        PhoneNumber poolCustomer = team.phoneOf(team.lead(team.batch(null), null));
        JdbcMissedCallStore lees = new JdbcMissedCallStore(leesDesk);
        assertThat(lees.add(List.of(MissedCall.of(kimsCustomer, now, "홍길동", MissedCall.Source.EXPORT),
                MissedCall.of(stranger, now.plusSeconds(60), "", MissedCall.Source.EXPORT),
                MissedCall.of(poolCustomer, now.plusSeconds(120), "", MissedCall.Source.SMS)))).isEqualTo(3);

        assertThat(lees.open()).extracting(ReturnCall::phone).containsExactly(stranger, poolCustomer);
        assertThat(lees.markReturned(kimsCustomer, now.plusSeconds(600))).isZero();
        assertThat(new JdbcMissedCallStore(kimsDesk).open()).extracting(ReturnCall::phone)
                .containsExactly(kimsCustomer, stranger, poolCustomer);
        assertThat(new JdbcMissedCallStore(kimsDesk).markReturned(kimsCustomer, now.plusSeconds(600))).isEqualTo(1);
        assertThat(lees.markReturned(stranger, now.plusSeconds(600))).isEqualTo(1);

        assertThat(new JdbcMissedCallStore(leadsDesk).open()).extracting(ReturnCall::phone).containsExactly(poolCustomer);
        assertThat(team.queryOne("SELECT count(*) FROM missed_call WHERE done_at IS NOT NULL")).isEqualTo("2");
    }

    @Test
    void happyCallTriesAreSeenAndRecordedOnlyWhereTheContractIs() {
        long ms = now.toEpochMilli();
        team.sql("INSERT INTO contract(lead_id, agent_id, product, premium_won, contract_at, zone, qa_deadline_at, "
                + "created_at, updated_at) VALUES (" + kimsLead + ", 'A1024', '암보험', 50000, " + ms + ", 'Asia/Seoul', "
                + (ms + 345_600_000L) + ", " + ms + ", " + ms + ")");
        long contract = Long.parseLong(team.queryOne("SELECT max(id) FROM contract"));
        JdbcHappyCalls kims = new JdbcHappyCalls(kimsDesk);
        JdbcHappyCalls lees = new JdbcHappyCalls(leesDesk);

        assertThat(kims.record(new HappyCallTry(contract, now.plusSeconds(3600), HappyCallTry.Outcome.NO_ANSWER, "A1024"),
                HappyCall.PENDING, HappyCall.PENDING)).isTrue();
        assertThat(lees.tries(contract)).isEmpty();
        assertThat(lees.record(new HappyCallTry(contract, now.plusSeconds(7200), HappyCallTry.Outcome.FAILED, "A2048"),
                HappyCall.PENDING, HappyCall.FAILED)).isFalse();

        assertThat(new JdbcHappyCalls(leadsDesk).tries(contract)).extracting(HappyCallTry::outcome)
                .containsExactly(HappyCallTry.Outcome.NO_ANSWER);
        assertThat(team.queryOne("SELECT happy_call FROM contract WHERE id = " + contract)).isEqualTo("PENDING");
    }
}

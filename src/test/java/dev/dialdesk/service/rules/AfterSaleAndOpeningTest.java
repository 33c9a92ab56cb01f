package dev.dialdesk.service.rules;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.app.RulesServices;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.domain.rules.HappyCallTry;
import dev.dialdesk.domain.rules.OpeningScript;
import dev.dialdesk.domain.rules.WithdrawalRisk;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.testing.CallLoopFixture;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The happy call tracked on the contract, the withdrawal risk it feeds, and the opening statement kept with the call. */
class AfterSaleAndOpeningTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private FloorHistory history;
    private RulesServices rules;
    private long lead;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-10T09:00");
        history = new FloorHistory(db);
        rules = new RulesServices(db.database, db.settings, db.clock);
        lead = db.lead(db.batch(KIM, "2025-03-01T09:00"), KIM);
        db.sql("UPDATE lead SET product = '암보험' WHERE id = " + lead);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aFailedHappyCallIsKeptOnTheContractAuditedAndPutsItAtRiskOfWithdrawal() {
        Contract sold = history.contract(lead, KIM, "2025-03-10T11:00");
        db.clock.set("2025-03-12T10:00");
        assertThat(rules.happyCalls().record(sold.id(), HappyCallTry.Outcome.NO_ANSWER, KIM)).isEqualTo(HappyCall.PENDING);
        db.clock.set("2025-03-13T10:00");
        assertThat(rules.happyCalls().record(sold.id(), HappyCallTry.Outcome.FAILED, KIM)).isEqualTo(HappyCall.FAILED);

        assertThat(rules.happyCalls().tries(sold.id())).extracting(HappyCallTry::outcome)
                .containsExactly(HappyCallTry.Outcome.NO_ANSWER, HappyCallTry.Outcome.FAILED);
        assertThat(new JdbcContractStore(db.database).find(sold.id()).orElseThrow().afterSale().happyCall())
                .isEqualTo(HappyCall.FAILED);
        assertThat(db.count("SELECT count(*) FROM contract_audit WHERE field = 'happy_call' AND new_value = 'FAILED'"))
                .isEqualTo(1);
        assertThat(rules.marks().withdrawalAtRisk(Optional.empty())).singleElement()
                .satisfies(r -> assertThat(r.reasons()).containsExactly(WithdrawalRisk.Reason.HAPPY_CALL_FAILED));
        assertThatThrownBy(() -> rules.happyCalls().record(sold.id(), HappyCallTry.Outcome.PASSED, KIM))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("rules.happyCall.ended.FAILED"));
    }

    @Test
    void aCustomerUnreachableAfterTheSaleIsAtRiskOnTheLeadItself() {
        history.call(lead, KIM, "2025-03-10T11:00", DefaultDispositions.CONTRACT);
        history.contract(lead, KIM, "2025-03-10T11:05");
        history.call(lead, KIM, "2025-03-12T11:00", DefaultDispositions.NO_ANSWER)
                .call(lead, KIM, "2025-03-13T15:00", DefaultDispositions.NO_ANSWER);
        LeadMarks marks = rules.marks().marks(db.services().workQueue().open(KIM, lead).orElseThrow().lead());
        assertThat(marks.withdrawalRisk()).containsExactly(WithdrawalRisk.Reason.UNREACHABLE_IN_COOLING_OFF);
        assertThat(marks.atRisk()).isTrue();
    }

    @Test
    void theOpeningStatementIsPerProductWithTheCentresDefaultAndTheAgentsName() {
        db.settings.set(RulesSettingKeys.COMPANY, "한빛손해보험");
        db.settings.set(SettingKeys.AGENT_NAME, "김상담");
        rules.openings().save("", "안녕하세요, {company} {agent}입니다. {product} 안내드립니다.", 0);
        var withLead = db.services().workQueue().open(KIM, lead).orElseThrow().lead();
        assertThat(rules.openings().textFor(withLead)).isEqualTo("안녕하세요, 한빛손해보험 김상담입니다. 암보험 안내드립니다.");

        rules.openings().save("암보험", "{company} {agent}입니다. 암 진단비 보장 안내로 연락드렸습니다.", 0);
        assertThat(rules.openings().textFor(withLead)).startsWith("한빛손해보험 김상담입니다. 암 진단비");
        OpeningScript read = rules.openings().scriptFor("암보험");
        rules.openings().save("암보험", "첫 번째 수정", read.version());
        assertThatThrownBy(() -> rules.openings().save("암보험", "늦은 수정", read.version()))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("rules.script.conflict"));
        assertThat(rules.openings().scriptFor("암보험").text()).isEqualTo("첫 번째 수정");
    }

    @Test
    void theMarkThatTheOpeningWasSaidIsKeptWithTheCallOnce() {
        ActiveCall call = db.services().callService().startCall(KIM, lead);
        assertThat(rules.openings().saidOn(call.clientId())).isFalse();
        assertThat(rules.openings().markSaid(call.clientId(), lead, KIM, false)).isTrue();
        assertThat(rules.openings().markSaid(call.clientId(), lead, KIM, true)).isFalse();
        db.services().callService().record(call, DefaultDispositions.CONTRACT, "");
        assertThat(rules.openings().saidOn(call.clientId())).isTrue();
        assertThat(db.count("SELECT count(*) FROM call_opening o JOIN call_attempt c ON c.client_id = o.client_id "
                + "WHERE o.late = 0")).isEqualTo(1);
    }
}

package dev.dialdesk.ui.contracts;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.RulesServices;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.domain.rules.HappyCallTry;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.testing.ContractsFixture;
import dev.dialdesk.testing.ImmediateTasks;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The happy call (해피콜) recorded from the contracts screen on a real SQLite file, without a display. */
class HappyCallActionsTest {

    @TempDir
    Path dir;
    private ContractsFixture fx;
    private ContractService service;
    private RulesServices rules;
    private ContractsPresenter presenter;
    private final ImmediateTasks tasks = new ImmediateTasks();
    private final CountingContractsView view = new CountingContractsView();

    @BeforeEach
    void setUp() {
        fx = new ContractsFixture(dir, "2012-11-24T18:20");
        service = fx.service();
        rules = new RulesServices(fx.db.database, fx.db.settings, fx.db.clock);
        presenter = new ContractsPresenter(service, tasks, (lead, contract, deadline, customer) -> { },
                fx.db.clock, KIM, Messages.forLocale(Locale.ENGLISH));
        presenter.useHappyCalls(rules.happyCalls());
        presenter.addView(view);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Contract selectedContract() {
        Contract contract = fx.contract(service, KIM, "2012-11-23T10:00");
        presenter.load();
        presenter.select(presenter.model().indexOf(contract.id()));
        return contract;
    }

    private HappyCall happyCallShown(Contract contract) {
        return presenter.model().row(presenter.model().indexOf(contract.id())).contract().afterSale().happyCall();
    }

    @Test
    void aTryNotReachedIsKeptAndADoneHappyCallEndsItOnTheRowShown() {
        Contract contract = selectedContract();
        assertThat(presenter.canRecordHappyCall()).isTrue();

        presenter.recordHappyCall(HappyCallTry.Outcome.NO_ANSWER);
        assertThat(happyCallShown(contract)).isEqualTo(HappyCall.PENDING);
        presenter.recordHappyCall(HappyCallTry.Outcome.PASSED);

        assertThat(rules.happyCalls().tries(contract.id())).extracting(HappyCallTry::outcome)
                .containsExactly(HappyCallTry.Outcome.NO_ANSWER, HappyCallTry.Outcome.PASSED);
        assertThat(fx.db.queryString("SELECT happy_call FROM contract WHERE id = " + contract.id()))
                .isEqualTo("PASSED");
        assertThat(happyCallShown(contract)).isEqualTo(HappyCall.PASSED);
        assertThat(presenter.canRecordHappyCall()).as("an ended happy call takes no more tries").isFalse();
        assertThat(tasks.reported).isEmpty();
    }

    @Test
    void aHappyCallEndedElsewhereMeanwhileIsReportedInWordsAndNotApplied() {
        Contract contract = selectedContract();
        rules.happyCalls().record(contract.id(), HappyCallTry.Outcome.FAILED, KIM);
        int reloadsBefore = view.reloads;

        presenter.recordHappyCall(HappyCallTry.Outcome.PASSED);

        assertThat(tasks.reported).singleElement().isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("rules.happyCall.ended.FAILED"));
        assertThat(rules.happyCalls().tries(contract.id())).extracting(HappyCallTry::outcome)
                .containsExactly(HappyCallTry.Outcome.FAILED);
        assertThat(view.reloads).as("the list is read again").isGreaterThan(reloadsBefore);
        assertThat(happyCallShown(contract)).isEqualTo(HappyCall.FAILED);
        assertThat(presenter.canRecordHappyCall()).isFalse();
    }

    @Test
    void withoutASelectedContractNothingIsRecorded() {
        Contract contract = fx.contract(service, KIM, "2012-11-23T10:00");
        presenter.load();
        presenter.select(-1);

        presenter.recordHappyCall(HappyCallTry.Outcome.PASSED);

        assertThat(presenter.canRecordHappyCall()).isFalse();
        assertThat(rules.happyCalls().tries(contract.id())).isEmpty();
    }
}

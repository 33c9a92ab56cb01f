package dev.dialdesk.ui.contracts;

import dev.dialdesk.testing.HeldTasks;
import dev.dialdesk.testing.ImmediateTasks;
import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.Urgency;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.testing.ContractsFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contracts screen's logic without a display: work runs inline, the clock is moved by hand. */
class ContractsPresenterTest {

    @TempDir
    Path dir;
    private ContractsFixture fx;
    private ContractService service;
    private ContractsPresenter presenter;
    private final List<String> booked = new ArrayList<>();
    private final CountingContractsView view = new CountingContractsView();

    /** Runs the work at once; a failure fails the test. */
    private static final ImmediateTasks INLINE = new ImmediateTasks();

    @BeforeEach
    void setUp() {
        fx = new ContractsFixture(dir, "2012-11-24T18:20");
        service = fx.service();
        presenter = new ContractsPresenter(service, INLINE,
                (lead, contract, deadline, customer) -> booked.add(lead + "/" + contract + "/" + deadline.toOffsetDateTime()
                        + "/" + customer),
                fx.db.clock, KIM, Messages.forLocale(Locale.ENGLISH));
        presenter.addView(view);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Contract flagged(String contractAt) {
        Contract contract = fx.contract(service, KIM, contractAt);
        return service.requireReRecording(contract.id(), "녹취 불량", LocalDate.parse("2012-11-21"), KIM);
    }

    @Test
    void aMoveRefusedBecauseTheContractChangedElsewhereIsReportedOnceAndTheListIsReadAgain() {
        Contract contract = flagged("2012-11-21T10:00");
        presenter.load();
        presenter.select(presenter.model().indexOf(contract.id()));
        fx.service().withdraw(contract.id(), LocalDate.parse("2012-11-24"), "changed mind", KIM);
        int reportedBefore = INLINE.reported.size();
        int reloadsBefore = view.reloads;

        presenter.markReRecorded();

        assertThat(INLINE.reported.subList(reportedBefore, INLINE.reported.size())).singleElement()
                .isInstanceOf(dev.dialdesk.domain.i18n.UserFacingException.class);
        assertThat(view.reloads).isGreaterThan(reloadsBefore);
        assertThat(presenter.model().indexOf(contract.id())).isNotNegative();
        assertThat(service.find(contract.id()).state()).isEqualTo(QaState.WITHDRAWN);
    }

    @Test
    void theStatusLineShowsTheMostUrgentCaseInHoursAndMinutes() {
        flagged("2012-11-20T14:30");
        presenter.load();
        assertThat(presenter.statusText()).isEqualTo("QA: 1 case, 5h 40m left");
        assertThat(presenter.model().cell(0).urgency()).isEqualTo(Urgency.DUE);
    }

    @Test
    void aTickRecomputesTheCountdownsFromMemoryWithoutReloading() {
        flagged("2012-11-20T14:30");
        presenter.load();
        int loadsBefore = view.reloads;
        fx.db.clock.advance(Duration.ofHours(3));
        presenter.tick();
        assertThat(presenter.countdownText().of(presenter.model().cell(0))).isEqualTo("2h 40m");
        assertThat(presenter.model().cell(0).urgency()).isEqualTo(Urgency.CRITICAL);
        assertThat(view.reloads).isEqualTo(loadsBefore);
    }

    @Test
    void theTickAfterTheDeadlineReturnsTheContractAndReloads() {
        Contract contract = flagged("2012-11-20T14:30");
        presenter.load();
        fx.db.clock.set("2012-11-25T00:00");
        presenter.tick();
        assertThat(service.find(contract.id()).state()).isEqualTo(QaState.RETURNED);
        assertThat(presenter.model().row(0).contract().state()).isEqualTo(QaState.RETURNED);
        assertThat(presenter.model().cell(0).kind()).isEqualTo(CountdownCell.Kind.RETURNED);
        assertThat(presenter.statusText()).isEqualTo("QA: no open cases");
    }

    @Test
    void actionsFollowTheSelectedContractsStateAndBookingPassesTheDeadline() {
        Contract contract = flagged("2012-11-21T10:00");
        fx.contract(service, KIM, "2012-11-22T10:00");
        presenter.load();
        int flaggedRow = presenter.model().indexOf(contract.id());
        presenter.select(flaggedRow);
        assertThat(presenter.canMoveTo(QaState.RE_RECORDED)).isTrue();
        assertThat(presenter.canMoveTo(QaState.PASSED)).isFalse();
        assertThat(presenter.canBookReRecording()).isTrue();
        presenter.bookReRecording();
        assertThat(booked).containsExactly(contract.leadId() + "/" + contract.id() + "/2012-11-26T00:00+09:00/"
                + presenter.model().row(flaggedRow).customerName()); // the booking's title names the customer

        presenter.markReRecorded();
        assertThat(presenter.selected().orElseThrow().contract().state()).isEqualTo(QaState.RE_RECORDED);
        assertThat(presenter.model().cell(presenter.model().indexOf(contract.id())).kind())
                .isEqualTo(CountdownCell.Kind.DONE);
        assertThat(presenter.canBookReRecording()).isFalse();
    }

    @Test
    void countdownsReadDMinusNThenHoursAndMinutes() {
        flagged("2012-11-22T10:00");
        presenter.load();
        assertThat(presenter.countdownText().of(presenter.model().cell(0))).isEqualTo("D-2");
        assertThat(presenter.statusText()).isEqualTo("QA: 1 case, D-2 left");
        assertThat(ZonedDateTime.now(fx.db.clock)).isNotNull();
    }

    @Test
    void theTableShowsThePremiumInWonWithThousandsSeparators() {
        fx.contract(service, KIM, "2012-11-22T10:00");
        presenter.load();
        ContractsTableModel table = new ContractsTableModel(presenter.model(), Messages.forLocale(Locale.KOREAN),
                fx.db.clock);
        assertThat(table.getValueAt(0, ContractsTableModel.PREMIUM)).isEqualTo("₩35,000");
        assertThat(table.getValueAt(0, ContractsTableModel.STATE)).isEqualTo("QA 대기");
        assertThat(table.getValueAt(0, ContractsTableModel.COOLING_OFF)).isEqualTo("2012-12-22까지");
    }

    @Test
    void aListThatArrivesAfterANewerRequestWasMadeIsDropped() {
        Contract passed = fx.contract(service, KIM, "2012-11-24T10:00");
        service.passQa(passed.id(), KIM);
        fx.contract(service, KIM, "2012-11-24T11:00");
        HeldTasks tasks = new HeldTasks();
        ContractsPresenter slow = new ContractsPresenter(service, tasks, (lead, contract, deadline, customer) -> { },
                fx.db.clock, KIM, Messages.forLocale(Locale.ENGLISH));

        slow.setOpenOnly(true);
        slow.setOpenOnly(false);
        tasks.runNewest();
        tasks.runOldest();

        assertThat(slow.model().size()).as("all contracts, as asked last").isEqualTo(2);
    }
}

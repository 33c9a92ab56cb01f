package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.calls.ShiftStats;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.testing.MainWindowFixture;
import dev.dialdesk.testing.MutableClock;
import dev.dialdesk.testing.SeededLeads;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 6: after a scripted shift, the call panel's "Today" figures equal the dashboard's for
 * the same day. Contracts and premium come from the contracts themselves: a press of 8 whose contract
 * entry was cancelled is no contract, a cancelled contract counts for nothing, and a saved one counts
 * at once (not after the next call); an undone outcome counts for nothing on either.
 */
class TodayFiguresMatchTheDashboardTest {

    @TempDir
    Path folder;

    private CompositionRoot root;
    private final MutableClock clock = MutableClock.seoul("2025-03-11T09:30");

    @BeforeEach
    void open() {
        root = MainWindowFixture.headlessDesk(folder, clock);
    }

    @AfterEach
    void close() {
        root.close();
    }

    @Test
    void theHomeTodayFiguresEqualTheDashboardsAfterAShift() {
        CallSession session = root.calls().session(SeededLeads.AGENT);
        ContractService contracts = root.contracts().service();
        call(session, "NO_ANSWER");
        CallAttempt sold = call(session, "CONTRACT");
        contracts.createFromCall(sold.id(), sold.leadId(), SeededLeads.AGENT, "종신보험", 52_000,
                clock.instant(), "AP-1001", "");
        call(session, "CONTRACT"); // the contract entry was cancelled: no contract
        CallAttempt soldThenCancelled = call(session, "CONTRACT");
        Contract cancelled = contracts.createFromCall(soldThenCancelled.id(),
                soldThenCancelled.leadId(), SeededLeads.AGENT, "실손보험", 31_000, clock.instant(), "AP-1002", "");
        contracts.cancel(cancelled.id(), SeededLeads.AGENT);
        call(session, "CONTRACT"); // pressed by mistake, its entry cancelled, then undone (Ctrl+Z)
        root.calls().callService().undoLast(SeededLeads.AGENT);
        call(session, "THINKING"); // the same customer, offered again, with the right outcome

        ShiftStats home = root.calls().shiftStats().today(SeededLeads.AGENT);
        AgentMetrics dashboard = root.stats().stats().report(DateRange.day(home.day()), Optional.of(SeededLeads.AGENT))
                .agents().stream().filter(a -> a.agent().equals(SeededLeads.AGENT)).findFirst().orElseThrow();
        assertThat(home.contracts()).isEqualTo(1).isEqualTo(dashboard.contracts());
        assertThat(home.premiumWon()).isEqualTo(52_000).isEqualTo(dashboard.premiumWon());
        assertThat(home.dials()).as("the undone call is no dial").isEqualTo(5).isEqualTo(dashboard.dials());
        assertThat(home.contacts()).isEqualTo(dashboard.contacts());
    }

    private CallAttempt call(CallSession session, String outcome) {
        return dev.dialdesk.testing.DeskDay.call(session, outcome, clock);
    }
}

package dev.dialdesk.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.stats.StatsReport;
import dev.dialdesk.service.stats.StatsService;
import dev.dialdesk.testing.HeldTasks;
import dev.dialdesk.testing.StatsFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's presenter on the hand-worked stats fixture, with tasks that finish when the test says. */
class StatsPresenterTest {

    @TempDir
    Path dir;
    private StatsFixture fixture;
    private final HeldTasks tasks = new HeldTasks();
    private final List<DateRange> shown = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new StatsFixture(dir).seed();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aReportThatArrivesAfterANewerRangeWasPickedIsDropped() {
        StatsPresenter presenter = new StatsPresenter(fixture.services().stats(), null, Optional.empty(), tasks);
        presenter.attach(new ShownReports());
        LocalDate today = LocalDate.parse("2025-03-07");

        presenter.select(DateRange.Preset.LAST_30_DAYS, today);  // slow: a month of calls
        presenter.select(DateRange.Preset.YESTERDAY, today);     // picked while the month still loads
        tasks.runNewest();
        tasks.runOldest();

        assertThat(shown).containsExactly(DateRange.Preset.YESTERDAY.of(today));
        assertThat(presenter.current().orElseThrow().range()).isEqualTo(DateRange.Preset.YESTERDAY.of(today));
    }

    private final class ShownReports implements StatsView {
        @Override
        public void showLoading(DateRange range) {
            // the pickers follow the request at once
        }

        @Override
        public void showReport(StatsReport report) {
            shown.add(report.range());
        }

        @Override
        public void showAgentDay(StatsService.AgentDay day) {
            throw new AssertionError("no drill-down in this test");
        }

        @Override
        public void showExported(Path file) {
            throw new AssertionError("no export in this test");
        }

        @Override
        public void showError(Throwable error) {
            throw new AssertionError(error);
        }
    }
}

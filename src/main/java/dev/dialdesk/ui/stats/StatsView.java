package dev.dialdesk.ui.stats;

import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.stats.StatsReport;
import dev.dialdesk.service.stats.StatsService;
import java.nio.file.Path;

/** What the {@link StatsPresenter} tells the dashboard. Every call arrives on the event thread. */
interface StatsView {

    void showLoading(DateRange range);

    void showReport(StatsReport report);

    void showAgentDay(StatsService.AgentDay day);

    void showExported(Path file);

    void showError(Throwable error);
}

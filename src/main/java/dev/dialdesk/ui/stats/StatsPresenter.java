package dev.dialdesk.ui.stats;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.stats.StatsExporter;
import dev.dialdesk.service.stats.StatsReport;
import dev.dialdesk.service.stats.StatsService;
import dev.dialdesk.ui.common.LatestRequest;
import dev.dialdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dashboard's logic, without Swing: which range is shown, loading it, drilling into an agent,
 * exporting. {@code only} set: an agent's own view (their numbers only). A report that arrives after a
 * newer range was asked for is dropped.
 */
final class StatsPresenter {

    private final StatsService stats;
    private final StatsExporter exporter;
    private final Optional<AgentId> only;
    private final TaskRunner background;
    private final LatestRequest loads;
    private StatsView view;
    private DateRange.Preset preset = DateRange.Preset.YESTERDAY;
    private DateRange custom;
    private StatsReport current;

    StatsPresenter(StatsService stats, StatsExporter exporter, Optional<AgentId> only, TaskRunner background) {
        this.stats = stats;
        this.exporter = exporter;
        this.only = only;
        this.background = background;
        this.loads = new LatestRequest(background);
    }

    void attach(StatsView newView) {
        this.view = newView;
    }

    boolean ownView() {
        return only.isPresent();
    }

    DateRange.Preset preset() {
        return preset;
    }

    /** The app's clock in the centre's zone: "today" on the range's calendars. */
    java.time.Clock clock() {
        return stats.clock();
    }

    /** Today in the centre's zone, read off the event thread once at start. */
    LocalDate today() {
        return stats.today();
    }

    /** Picks a preset range (CUSTOM keeps the last custom range) and loads it. */
    void select(DateRange.Preset newPreset, LocalDate today) {
        this.preset = newPreset;
        load(range(today));
    }

    void selectCustom(LocalDate from, LocalDate to) {
        this.preset = DateRange.Preset.CUSTOM;
        this.custom = to.isBefore(from) ? new DateRange(to, from) : new DateRange(from, to);
        load(custom);
    }

    DateRange range(LocalDate today) {
        return preset == DateRange.Preset.CUSTOM && custom != null ? custom : preset.of(today);
    }

    void load(DateRange range) {
        view.showLoading(range);
        loads.run("stats.load", () -> stats.report(range, only), report -> {
            current = report;
            view.showReport(report);
            // then the floor's numbers, which walk the range's calls: a newer load drops them
            loads.run("stats.floor", () -> report.withFloor(stats.floor(range, only)), withFloor -> {
                current = withFloor;
                view.showReport(withFloor);
            });
        });
    }

    Optional<StatsReport> current() {
        return Optional.ofNullable(current);
    }

    /** Opens the drill-down of an agent over the range shown. */
    void drill(AgentId agent) {
        if (current == null || only.isPresent() && !only.get().equals(agent)) {
            return;
        }
        DateRange range = current.range();
        background.run("stats.drill", () -> stats.agentDay(agent, range), view::showAgentDay);
    }

    void export(StatsExporter.Format format, Path file) {
        if (current == null) {
            return;
        }
        StatsReport report = current;
        background.run("stats.export", () -> {
            exporter.write(report, format, file);
            return file;
        }, view::showExported);
    }

    /** A file name for an export: {@code stats-2025-03-06.csv}. */
    String suggestedName(StatsExporter.Format format) {
        String range = current == null ? "" : current.range().toString().replace("..", "_");
        return (format == StatsExporter.Format.HTML ? "morning-report-" : "stats-") + range + "."
                + format.name().toLowerCase(java.util.Locale.ROOT);
    }
}

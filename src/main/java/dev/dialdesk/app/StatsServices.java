package dev.dialdesk.app;

import dev.dialdesk.cli.Command;
import dev.dialdesk.cli.ImportCallsCommand;
import dev.dialdesk.cli.ReportCommand;
import dev.dialdesk.cli.StatsCommand;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.calls.CallHistoryCsvReader;
import dev.dialdesk.io.reports.DayReportJson;
import dev.dialdesk.io.reports.StatsFileExporter;
import dev.dialdesk.service.reports.CheckedSection;
import dev.dialdesk.service.reports.CallHistoryImportService;
import dev.dialdesk.service.reports.DayReportService;
import dev.dialdesk.service.reports.ReportSection;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CallbackMetricsSource;
import dev.dialdesk.service.stats.ContractMetricsSource;
import dev.dialdesk.service.stats.StatsExporter;
import dev.dialdesk.service.stats.StatsService;
import dev.dialdesk.storage.jdbc.JdbcCallImportStore;
import dev.dialdesk.storage.jdbc.JdbcCallbackMetrics;
import dev.dialdesk.storage.jdbc.JdbcCallbackReportSection;
import dev.dialdesk.storage.jdbc.JdbcCaseReportSection;
import dev.dialdesk.storage.jdbc.JdbcContractMetrics;
import dev.dialdesk.storage.jdbc.JdbcContractReportSection;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.jdbc.JdbcDoNotCallStore;
import dev.dialdesk.storage.jdbc.JdbcStatsStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The statistics' services, built once by the {@link CompositionRoot}: the figures come from the call
 * log's roll-up and from the callback and contract tables; day reports carry calls, callbacks and
 * contracts ({@link ReportSection}s).
 */
public final class StatsServices {

    private final StatsService stats;
    private final DayReportService dayReports;
    private final CallHistoryImportService history;
    private final StatsExporter exporter;

    /** With the real sources: the {@code callback} and {@code contract} tables and their report sections. */
    public StatsServices(JdbcDatabase database, Settings settings, Clock clock, Messages messages) {
        this(database, settings, clock, messages, new JdbcCallbackMetrics(database),
                new JdbcContractMetrics(database, clock), List.of(CheckedSection.callbacks(new JdbcCallbackReportSection(database, clock)),
                        CheckedSection.contracts(new JdbcContractReportSection(database, clock)),
                        CheckedSection.cases(new JdbcCaseReportSection(database, clock))));
    }

    public StatsServices(JdbcDatabase database, Settings settings, Clock clock, Messages messages,
                         CallbackMetricsSource callbacks, ContractMetricsSource contracts, List<ReportSection> sections) {
        JdbcCallImportStore imports = new JdbcCallImportStore(database);
        dev.dialdesk.storage.Transactions transactions = database; // JdbcDatabase runs one transaction on either engine
        this.stats = new StatsService(new JdbcStatsStore(database), callbacks, contracts, settings, clock,
                new RulesServices(database, settings, clock).figures());
        this.dayReports = new DayReportService(imports, transactions, new DayReportJson(), sections, settings, clock);
        this.history = new CallHistoryImportService(new CallHistoryCsvReader(), imports,
                new JdbcDispositionStore(database), new JdbcDoNotCallStore(database, clock), transactions, settings,
                clock);
        this.exporter = new StatsFileExporter(messages);
    }

    public StatsService stats() {
        return stats;
    }

    public DayReportService dayReports() {
        return dayReports;
    }

    public CallHistoryImportService history() {
        return history;
    }

    public StatsExporter exporter() {
        return exporter;
    }

    /** The statistics' commands; the services (and the database) are built only when one runs. */
    static List<Command> commands(Supplier<StatsServices> services, Messages messages,
                                  Supplier<Optional<Agent>> agent) {
        return commands(services, messages, agent, report -> java.util.Map.of());
    }

    /** @param extra further blocks of {@code stats --json} (the follow-up cases, issue 15) */
    static List<Command> commands(Supplier<StatsServices> services, Messages messages, Supplier<Optional<Agent>> agent,
                                  java.util.function.Function<dev.dialdesk.service.stats.StatsReport,
                                          java.util.Map<String, Object>> extra) {
        return List.of(
                new StatsCommand(() -> services.get().stats(), () -> services.get().exporter(), messages, extra),
                new ReportCommand(() -> services.get().dayReports(), messages, agent),
                new ImportCallsCommand(() -> services.get().history(), messages));
    }
}

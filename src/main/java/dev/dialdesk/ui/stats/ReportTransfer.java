package dev.dialdesk.ui.stats;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.reports.CallHistoryImportService;
import dev.dialdesk.service.reports.DayReportService;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.stats.StatsSettingKeys;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.common.TaskRunner;
import java.awt.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.DefaultTableModel;

/**
 * The team lead's files in the dashboard: import day reports (files or folders, several at once) and
 * call history (CSV), each followed by a summary; export an agent's day report; the premium target per
 * agent per day. Files and the database are touched only in the {@link TaskRunner}'s background work.
 */
final class ReportTransfer {

    /** The services the transfers use. */
    record Services(DayReportService dayReports, CallHistoryImportService history, Settings settings) {
    }

    private final Services services;
    private final Messages messages;
    private final TaskRunner tasks;
    private final FilePicker picker;
    private final SaveLocation save;
    private final Component parent;
    private final Runnable afterChange;
    private final Consumer<String> status;

    ReportTransfer(Services services, Messages messages, TaskRunner tasks, FilePicker picker, SaveLocation save,
                   Component parent, Runnable afterChange, Consumer<String> status) {
        this.services = services;
        this.messages = messages;
        this.tasks = tasks;
        this.picker = picker;
        this.save = save;
        this.parent = parent;
        this.afterChange = afterChange;
        this.status = status;
    }

    /** Import day reports, import call history, export the chosen agent's day report of the range shown. */
    List<BaseAction> actions(Supplier<Optional<Agent>> agent, Supplier<Optional<DateRange>> range) {
        return List.of(
                BaseAction.of("stats.importReports", messages, this::importReports),
                BaseAction.of("stats.importHistory", messages, this::importHistory),
                BaseAction.of("stats.exportReport", messages, () -> exportReport(agent.get(), range.get())));
    }

    void importReports() {
        List<Path> files = picker.pick(parent, messages.get("stats.import.reports.choose"), true, "json");
        if (!files.isEmpty()) {
            tasks.run("stats.importReports", () -> services.dayReports().importAll(files), outcomes -> {
                show(ImportSummary.ofReports(outcomes, messages));
                afterChange.run();
            });
        }
    }

    void importHistory() {
        List<Path> files = picker.pick(parent, messages.get("stats.import.history.choose"), false, "csv");
        if (!files.isEmpty()) {
            tasks.run("stats.importHistory", () -> services.history().importFile(files.get(0)), result -> {
                show(ImportSummary.ofHistory(result, messages));
                afterChange.run();
            });
        }
    }

    void exportReport(Optional<Agent> agent, Optional<DateRange> range) {
        if (agent.isEmpty() || range.isEmpty()) {
            status.accept(messages.get("stats.export.report.pickAgent"));
            return;
        }
        String name = agent.get().id().value() + "-" + range.get().from()
                + (range.get().days() > 1 ? "_" + range.get().to() : "") + ".json";
        save.ask(parent, messages.get("stats.export.report.choose"), name).ifPresent(file ->
                tasks.run("stats.exportReport", () -> services.dayReports().export(agent.get(), range.get(), file),
                        report -> status.accept(messages.get("stats.export.report.done", report.calls().size(),
                                file.toString()))));
    }

    /** The premium target per agent per day (won); a change is saved off the event thread, then the view reloads. */
    JSpinner premiumTarget() {
        int current = services.settings().get(StatsSettingKeys.PREMIUM_TARGET_PER_DAY);
        JSpinner spinner = new JSpinner(new SpinnerNumberModel(current, 0, 100_000_000, 10_000));
        spinner.setName("statsPremiumTarget");
        spinner.setToolTipText(messages.get("stats.target.tooltip"));
        spinner.addChangeListener(event -> {
            int value = (Integer) spinner.getValue();
            tasks.run("stats.target", () -> {
                services.settings().set(StatsSettingKeys.PREMIUM_TARGET_PER_DAY, value);
                return value;
            }, saved -> afterChange.run());
        });
        return spinner;
    }

    private void show(ImportSummary summary) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {messages.get("stats.import.column.file"),
                messages.get("stats.import.column.result"), messages.get("stats.import.column.detail")}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        summary.lines().forEach(line -> model.addRow(new Object[] {line.where(), line.what(), line.detail()}));
        JTable table = new JTable(model);
        table.setName("importSummary");
        table.getColumnModel().getColumn(0).setPreferredWidth(180);
        table.getColumnModel().getColumn(1).setPreferredWidth(90);
        table.getColumnModel().getColumn(2).setPreferredWidth(520);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(800, Math.min(400, 60 + 22 * summary.lines().size())));
        JOptionPane.showMessageDialog(parent, new Object[] {summary.title(), scroll},
                messages.get("stats.import.title"), JOptionPane.INFORMATION_MESSAGE);
    }
}

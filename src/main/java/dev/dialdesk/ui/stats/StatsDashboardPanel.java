package dev.dialdesk.ui.stats;

import dev.dialdesk.ui.common.PickerColours;
import com.github.lgooddatepicker.components.DatePicker;
import com.github.lgooddatepicker.components.DatePickerSettings;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.reports.CallHistoryImportService;
import dev.dialdesk.service.reports.DayReportService;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.stats.MetricFormat;
import dev.dialdesk.service.stats.StatsExporter;
import dev.dialdesk.service.stats.StatsReport;
import dev.dialdesk.service.stats.StatsService;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.ui.action.KeyTable;
import dev.dialdesk.ui.common.BackgroundTaskRunner;
import dev.dialdesk.ui.common.ErrorReporter;
import java.awt.Color;
import java.awt.GridLayout;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartPanel;

/**
 * The team lead's dashboard (or, with an agent given, the agent's own view): a range, the agents'
 * table with the team total under it, three charts, the drill-down, the morning report's exports and
 * printing. Thin: the logic is in {@link StatsPresenter}. Put it in the main window with
 * {@link #create}.
 */
public final class StatsDashboardPanel extends JPanel implements StatsView {

    /** The floor's numbers: at risk today, what became of each outcome, best hours (issue 16). */
    private final dev.dialdesk.ui.rules.FloorFiguresPanel floor;

    private final Messages messages;
    private final ErrorReporter errors;
    private final StatsPresenter presenter;
    private final ReportPrinter printer;
    private final SaveLocation saveLocation;
    private final MetricFormat format;
    private final StatsCharts charts;
    private final AgentTableModel model;
    private final AgentTableModel teamModel;
    private final JTable table;
    private final JTable teamTable;
    private final JComboBox<DateRange.Preset> rangeBox = new JComboBox<>(DateRange.Preset.values());
    private final DatePicker fromPicker;
    private final DatePicker toPicker;
    private final JLabel summary = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final ChartPanel dailyChart;
    /** The report on screen, to draw its charts again in a new theme. */
    private StatsReport shown;
    private final ChartPanel hourlyChart;
    private final ChartPanel premiumChart;
    private boolean updatingPickers;

    /** The dashboard as the window shows it: desktop printing, a file chooser for exports. */
    public static StatsDashboardPanel create(StatsService stats, StatsExporter exporter, Messages messages,
                                             ErrorReporter errors, Optional<AgentId> ownAgent) {
        return new StatsDashboardPanel(stats, exporter, messages, errors, ownAgent, ReportPrinter.DESKTOP,
                SaveLocation.CHOOSER);
    }

    /** With the team lead's files: import day reports and call history, export a day report, the premium target. */
    public static StatsDashboardPanel create(StatsService stats, StatsExporter exporter, Messages messages,
                                             ErrorReporter errors, Optional<AgentId> ownAgent,
                                             DayReportService dayReports, CallHistoryImportService history,
                                             Settings settings) {
        StatsDashboardPanel panel = create(stats, exporter, messages, errors, ownAgent);
        panel.addTransfers(new ReportTransfer.Services(dayReports, history, settings), FilePicker.CHOOSER);
        return panel;
    }

    /** Adds the import and export buttons and the premium target field to the toolbar. */
    void addTransfers(ReportTransfer.Services services, FilePicker picker) {
        ReportTransfer transfer = new ReportTransfer(services, messages, new BackgroundTaskRunner(errors, this), picker,
                saveLocation, this, () -> presenter.select(presenter.preset(), presenter.today()), status::setText);
        JPanel target = new JPanel(new MigLayout("insets 0", "[][]"));
        target.add(new JLabel(messages.get("stats.target.label")));
        target.add(transfer.premiumTarget(), "w 110!");
        JPanel row = dev.dialdesk.ui.common.WrapLayout.row(java.awt.FlowLayout.LEFT); // wraps in a narrow window
        row.add(target);
        for (BaseAction action : transfer.actions(this::selectedAgent, () -> presenter.current().map(StatsReport::range))) {
            JButton button = new JButton(action);
            button.setName("button." + action.id());
            row.add(button);
        }
        add(row, "growx, wmin 0, wrap", 1);
        revalidate();
    }

    private Optional<Agent> selectedAgent() {
        int row = table.getSelectedRow();
        if (row < 0 && model.getRowCount() == 1) {
            row = 0;
        } else if (row >= 0) {
            row = table.convertRowIndexToModel(row);
        }
        if (row < 0) {
            return Optional.empty();
        }
        AgentId id = model.agentAt(row);
        String name = presenter.current().flatMap(r -> r.agents().stream().filter(a -> a.agent().equals(id)).findFirst())
                .map(AgentMetrics::name).orElse(id.value());
        return Optional.of(new Agent(id, name));
    }

    public StatsDashboardPanel(StatsService stats, StatsExporter exporter, Messages messages, ErrorReporter errors,
                               Optional<AgentId> ownAgent, ReportPrinter printer, SaveLocation saveLocation) {
        super(new MigLayout("fill, insets 8", "[grow]", "[][][][grow]"));
        setName("statsDashboard");
        this.messages = messages;
        this.errors = errors;
        this.printer = printer;
        this.saveLocation = saveLocation;
        this.format = new MetricFormat(messages);
        this.charts = new StatsCharts(messages);
        this.presenter = new StatsPresenter(stats, exporter, ownAgent, new BackgroundTaskRunner(errors, this));
        this.model = new AgentTableModel(messages);
        this.teamModel = new AgentTableModel(messages);
        this.table = new JTable(model);
        this.teamTable = new JTable(teamModel, table.getColumnModel());
        this.fromPicker = picker("statsFrom");
        this.toPicker = picker("statsTo");
        this.dailyChart = charts.panel("statsDailyChart");
        this.hourlyChart = charts.panel("statsHourlyChart");
        this.premiumChart = charts.panel("statsPremiumChart");
        this.floor = new dev.dialdesk.ui.rules.FloorFiguresPanel(messages);
        presenter.attach(this);
        add(toolbar(), "growx, wmin 0, wrap");
        summary.setName("statsSummary");
        add(summary, "growx, wrap");
        add(floor, "growx, wmin 0, wrap");
        add(body(), "grow, wmin 0, hmin 0");
        SwingUtilities.invokeLater(() -> presenter.select(DateRange.Preset.YESTERDAY, presenter.today()));
    }

    private JComponent toolbar() {
        JPanel bar = new JPanel(new MigLayout("insets 0", "[][][][][][][]push[]"));
        JLabel title = new JLabel(messages.get(presenter.ownView() ? "stats.dashboard.myTitle" : "stats.dashboard.title"));
        title.putClientProperty("FlatLaf.styleClass", "h3");
        bar.add(title, "gapright 12");
        rangeBox.setName("statsRange");
        rangeBox.setSelectedItem(DateRange.Preset.YESTERDAY);
        rangeBox.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                return super.getListCellRendererComponent(list,
                        messages.get("stats.range." + ((DateRange.Preset) value).name()), index, selected, focused);
            }
        });
        rangeBox.addActionListener(event -> rangeChosen());
        bar.add(new JLabel(messages.get("stats.dashboard.range")));
        bar.add(rangeBox);
        bar.add(new JLabel(messages.get("stats.dashboard.from")));
        bar.add(fromPicker);
        bar.add(new JLabel(messages.get("stats.dashboard.to")));
        bar.add(toPicker, "wrap");
        status.setName("statsStatus");
        bar.add(status, "span 2, growx, wmin 0");
        JPanel buttons = dev.dialdesk.ui.common.WrapLayout.row(java.awt.FlowLayout.RIGHT); // wraps in a narrow window
        bar.add(buttons, "span, growx, wmin 0");
        for (BaseAction action : actions()) {
            JButton button = new JButton(action);
            button.setName("button." + action.id());
            buttons.add(button);
            KeyTable.keyFor(action.id()).ifPresent(key -> {
                getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, action.id());
                getActionMap().put(action.id(), action);
            });
        }
        return bar;
    }

    private List<BaseAction> actions() {
        return List.of(
                BaseAction.of("stats.refresh", messages, () -> presenter.select(presenter.preset(), presenter.today())),
                BaseAction.of("stats.exportCsv", messages, () -> export(StatsExporter.Format.CSV)),
                BaseAction.of("stats.exportJson", messages, () -> export(StatsExporter.Format.JSON)),
                BaseAction.of("stats.exportHtml", messages, () -> export(StatsExporter.Format.HTML)),
                BaseAction.of("stats.print", messages, this::print));
    }

    private JComponent body() {
        table.setName("statsTable");
        table.setAutoCreateRowSorter(true);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        teamTable.setName("statsTeam");
        // The team row shares the agents' column model: it must not resize the columns to its own width
        // too, or the two tables resize each other's columns for ever (a busy event thread).
        teamTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        teamTable.setTableHeader(null);
        teamTable.setFocusable(false);
        teamTable.setRowSelectionAllowed(false);
        Color teamBackground = UIManager.getColor("Dialdesk.stats.teamRow.background");
        if (teamBackground != null) {
            teamTable.setBackground(teamBackground);
        }
        for (int i = 0; i < AgentTableModel.COLUMNS.size(); i++) {
            table.getColumnModel().getColumn(i).setCellRenderer(new MetricRenderer(format, AgentTableModel.COLUMNS.get(i)));
            table.getColumnModel().getColumn(i).setPreferredWidth(i == 1 ? 110 : 88);
        }
        dev.dialdesk.ui.common.TableFit.headersWhole(table); // the table scrolls sideways, headers whole
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                if (event.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(event)) {
                    drillSelected();
                }
            }
        });
        BaseAction drill = BaseAction.of("stats.drill", messages, this::drillSelected);
        // Enter on the table: the same action as its KeyTable key (Ctrl+Enter), table-local.
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyTable.localKey("stats.drill.table"), drill.id());
        KeyTable.keyFor(drill.id()).ifPresent(key -> table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(key, drill.id()));
        table.getActionMap().put(drill.id(), drill);
        JScrollPane scroll = new JScrollPane(table, ScrollPaneConstants.VERTICAL_SCROLLBAR_ALWAYS,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        JScrollPane teamScroll = new JScrollPane(teamTable, ScrollPaneConstants.VERTICAL_SCROLLBAR_ALWAYS,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getHorizontalScrollBar().addAdjustmentListener(e -> teamScroll.getViewport().setViewPosition(
                new java.awt.Point(e.getValue(), 0)));
        JPanel tables = new JPanel(new MigLayout("fill, insets 0, gap 0", "[grow]", "[grow][]"));
        tables.add(scroll, "grow, wrap");
        tables.add(teamScroll, "growx, h 26!");
        scroll.setPreferredSize(new java.awt.Dimension(600, 240));
        teamScroll.setPreferredSize(new java.awt.Dimension(600, 26));
        JPanel chartRow = new JPanel(new GridLayout(1, 3, 8, 0));
        chartRow.setPreferredSize(new java.awt.Dimension(600, 300));
        chartRow.add(dailyChart);
        chartRow.add(hourlyChart);
        chartRow.add(premiumChart);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, tables, chartRow);
        split.setResizeWeight(0.5);
        split.setBorder(null);
        return split;
    }

    private DatePicker picker(String name) {
        DatePickerSettings settings = new DatePickerSettings(messages.locale());
        settings.setFormatForDatesCommonEra("yyyy-MM-dd");
        settings.setClock(presenter.clock()); // "today" on the calendar is the app's day in the centre, not the computer's
        DatePicker picker = new DatePicker(PickerColours.apply(settings));
        picker.setName(name);
        picker.getComponentDateTextField().setName(name + ".text");
        picker.addDateChangeListener(event -> customChosen());
        return picker;
    }

    private void rangeChosen() {
        DateRange.Preset preset = (DateRange.Preset) rangeBox.getSelectedItem();
        if (preset != null && preset != DateRange.Preset.CUSTOM) {
            presenter.select(preset, presenter.today());
        }
        fromPicker.setEnabled(true);
        toPicker.setEnabled(true);
    }

    private void customChosen() {
        if (updatingPickers || fromPicker.getDate() == null || toPicker.getDate() == null) {
            return;
        }
        rangeBox.setSelectedItem(DateRange.Preset.CUSTOM);
        presenter.selectCustom(fromPicker.getDate(), toPicker.getDate());
    }

    private void drillSelected() {
        int row = table.getSelectedRow();
        if (row >= 0) {
            presenter.drill(model.agentAt(table.convertRowIndexToModel(row)));
        }
    }

    private void export(StatsExporter.Format format) {
        if (presenter.current().isEmpty()) {
            return;
        }
        saveLocation.ask(this, messages.get("stats.dashboard.choose"), presenter.suggestedName(format))
                .ifPresent(file -> presenter.export(format, file));
    }

    private void print() {
        presenter.current().ifPresent(report -> {
            try {
                printer.print(table, messages.get("stats.print.header", report.range().toString()),
                        messages.get("stats.print.footer"));
            } catch (java.awt.print.PrinterException e) {
                errors.report(this, "stats.print", e);
            }
        });
    }

    /** Reads the range shown again (the refresh key; live updates from the team server). */
    public void refresh() {
        presenter.select(presenter.preset(), presenter.today());
    }

    @Override
    public void showLoading(DateRange range) {
        status.setText(messages.get("stats.dashboard.loading"));
        updatingPickers = true;
        fromPicker.setDate(range.from());
        toPicker.setDate(range.to());
        updatingPickers = false;
    }

    @Override
    public void showReport(StatsReport report) {
        model.setRows(report.agents());
        teamModel.setRows(List.of(report.team()));
        AgentMetrics team = report.team();
        summary.setText(team.dials() == 0 ? messages.get("stats.dashboard.empty")
                : messages.get("stats.dashboard.summary", format.count(team.dials()), format.count(team.contacts()),
                        format.percent(team.contactRate()), format.count(team.contracts()), format.won(team.premiumWon()),
                        report.qa().open(), report.qa().expired()));
        status.setText(" ");
        shown = report;
        drawCharts(report);
        floor.show(report);
    }

    /** The charts take their colours from the theme when drawn: a switch to dark draws them again. */
    @Override
    public void updateUI() {
        super.updateUI();
        if (shown != null) {
            drawCharts(shown);
        }
    }

    private void drawCharts(StatsReport report) {
        dailyChart.setChart(charts.daily(report));
        hourlyChart.setChart(charts.hourly(report));
        premiumChart.setChart(charts.premium(report));
    }

    @Override
    public void showAgentDay(StatsService.AgentDay day) {
        String name = presenter.current().flatMap(r -> r.agents().stream()
                .filter(a -> a.agent().equals(day.agent())).findFirst()).map(AgentMetrics::name).orElse(day.agent().value());
        new AgentDayDialog(SwingUtilities.getWindowAncestor(this), messages, day, name,
                presenter.current().orElseThrow().zone()).setVisible(true);
    }

    @Override
    public void showExported(Path file) {
        status.setText(messages.get("stats.export.done", file.toString()));
    }

    @Override
    public void showError(Throwable error) {
        errors.report(this, "stats", error);
    }
}

package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.service.stats.MetricFormat;
import dev.dialdesk.service.stats.StatsColumn;
import dev.dialdesk.service.stats.StatsExporter;
import dev.dialdesk.service.stats.StatsReport;
import dev.dialdesk.service.stats.StatsService;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code stats [--from D --to D | --date D] [--agent ID] [--json]}: the dashboard's table (default:
 * yesterday). The JSON has a {@code team} object and an {@code agents} list.
 */
public final class StatsCommand implements Command {

    private static final List<StatsColumn> TEXT_COLUMNS = List.of(StatsColumn.RANK, StatsColumn.AGENT,
            StatsColumn.DIALS, StatsColumn.CONTACTS, StatsColumn.CONTACT_RATE, StatsColumn.TALK_SECONDS,
            StatsColumn.CONTRACTS, StatsColumn.PREMIUM, StatsColumn.WITHDRAWALS, StatsColumn.CALLBACKS_MISSED);

    private final Supplier<StatsService> stats;
    private final Supplier<StatsExporter> exporter;
    private final Messages messages;
    private final java.util.function.Function<StatsReport, java.util.Map<String, Object>> extra;

    public StatsCommand(Supplier<StatsService> stats, Supplier<StatsExporter> exporter, Messages messages) {
        this(stats, exporter, messages, report -> java.util.Map.of());
    }

    /** @param extra further blocks of the JSON for a report (the follow-up cases' numbers, issue 15) */
    public StatsCommand(Supplier<StatsService> stats, Supplier<StatsExporter> exporter, Messages messages,
                        java.util.function.Function<StatsReport, java.util.Map<String, Object>> extra) {
        this.extra = extra;
        this.stats = stats;
        this.exporter = exporter;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String synopsis() {
        return "stats [--from DATE --to DATE | --date DATE] [--agent ID] [--json]";
    }

    @Override
    public String description() {
        return "agents' and team's numbers over a range of days (default: yesterday)";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--from", "--to", "--date", "--agent"), Set.of("--json"));
        if (!args.positional().isEmpty()) {
            throw new Cli.UsageException("Unexpected argument: " + args.positional().get(0));
        }
        StatsService service = stats.get();
        DateRange range = DateArgs.range(args, service::today);
        Optional<AgentId> agent = Optional.ofNullable(args.option("--agent")).map(id -> {
            if (!AgentId.isValid(id)) {
                throw new Cli.UsageException("Not an agent ID: " + id);
            }
            return new AgentId(id);
        });
        StatsReport report = service.reportWithFloor(range, agent);
        if (args.flag("--json")) {
            out.println(exporter.get().json(report, extra.apply(report)));
        } else {
            printTable(report, out);
        }
        return 0;
    }

    private void printTable(StatsReport report, PrintStream out) {
        MetricFormat format = new MetricFormat(messages);
        out.println(range(report.range()));
        StringBuilder header = new StringBuilder();
        for (StatsColumn column : TEXT_COLUMNS) {
            header.append(String.format("%-14s", messages.get(column.labelKey())));
        }
        out.println(header.toString().stripTrailing());
        for (AgentMetrics agent : report.agents()) {
            out.println(row(agent, format));
        }
        out.println(row(report.team(), format));
    }

    private String row(AgentMetrics metrics, MetricFormat format) {
        StringBuilder line = new StringBuilder();
        for (StatsColumn column : TEXT_COLUMNS) {
            String text = metrics.isTeam() && column == StatsColumn.AGENT ? messages.get("stats.team")
                    : format.format(column, metrics);
            line.append(String.format("%-14s", text));
        }
        return line.toString().stripTrailing();
    }

    private static String range(DateRange range) {
        return range.singleDay() ? range.from().toString() : range.from() + " .. " + range.to();
    }
}

package dev.dialdesk.cli;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.reports.DayReport;
import dev.dialdesk.service.reports.DayReportService;
import dev.dialdesk.service.reports.ImportOutcome;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code report export --date D --out FILE [--agent ID]} (or {@code --from/--to}) and
 * {@code report import FILES…} (files or folders; each file on its own, with a summary line each).
 */
public final class ReportCommand implements Command {

    private final Supplier<DayReportService> reports;
    private final Messages messages;
    private final Supplier<Optional<Agent>> installationAgent;

    public ReportCommand(Supplier<DayReportService> reports, Messages messages, Supplier<Optional<Agent>> agent) {
        this.reports = reports;
        this.messages = messages;
        this.installationAgent = agent;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String synopsis() {
        return "report export (--date DATE | --from DATE --to DATE) --out FILE [--agent ID] | report import FILES…";
    }

    @Override
    public String description() {
        return "export an agent's day report, or import agents' day reports (files or folders)";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        if (rawArgs.isEmpty()) {
            throw new Cli.UsageException("report needs export or import");
        }
        List<String> rest = rawArgs.subList(1, rawArgs.size());
        return switch (rawArgs.get(0)) {
            case "export" -> export(rest, out);
            case "import" -> importFiles(rest, out, err);
            default -> throw new Cli.UsageException("report needs export or import, not " + rawArgs.get(0));
        };
    }

    private int export(List<String> rawArgs, PrintStream out) {
        Args args = Args.parse(rawArgs, Set.of("--date", "--from", "--to", "--out", "--agent"), Set.of());
        String target = args.option("--out");
        if (target == null || args.option("--date") == null && args.option("--from") == null) {
            throw new Cli.UsageException("report export needs --date DATE (or --from/--to) and --out FILE");
        }
        Agent agent = agent(args.option("--agent"));
        DayReport report = reports.get().export(agent, DateArgs.range(args, () -> {
            throw new Cli.UsageException("report export needs --date DATE or --from/--to");
        }),
                Path.of(target));
        out.println(messages.get("stats.export.done", target) + " (" + report.calls().size() + ")");
        return 0;
    }

    private Agent agent(String given) {
        Optional<Agent> own = installationAgent.get();
        if (given == null) {
            return own.orElseThrow(() -> new Cli.UsageException("No agent set up yet: give --agent ID"));
        }
        if (!AgentId.isValid(given)) {
            throw new Cli.UsageException("Not an agent ID: " + given);
        }
        return own.filter(a -> a.id().value().equals(given)).orElse(new Agent(new AgentId(given), given));
    }

    private int importFiles(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of(), Set.of());
        if (args.positional().isEmpty()) {
            throw new Cli.UsageException("report import needs one or more files or folders");
        }
        List<ImportOutcome> outcomes = reports.get().importAll(args.positional().stream().map(Path::of).toList());
        boolean refused = false;
        for (ImportOutcome outcome : outcomes) {
            (outcome.refused() ? err : out).println(messages.get(outcome.message()));
            refused |= outcome.refused();
        }
        return refused ? Cli.FAILED : 0;
    }
}

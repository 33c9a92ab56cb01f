package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.imports.ImportProgress;
import dev.dialdesk.service.imports.ImportReportFormat;
import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.imports.ImportRequest;
import dev.dialdesk.service.imports.LeadImportService;
import java.io.PrintStream;
import java.nio.file.Path;
import dev.dialdesk.domain.imports.LeadAssignment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code dialdesk import FILE --agent ID [--batch NAME] [--sheet NAME|N] [--header-row N] [--json]}:
 * imports a lead file (CSV, TSV, JSON, .xlsx, .xls, an HTML table) as one batch,
 * through the same service as the window. Exit 0 when leads were imported (even with rejected lines),
 * {@value #NOTHING_IMPORTED} when the file was read but held no new lead, 1 when the file could not be
 * imported at all (nothing changed).
 */
public final class ImportCommand implements Command {

    public static final int NOTHING_IMPORTED = 2;
    private static final int LISTED_ISSUES = 20;

    private final Supplier<LeadImportService> service;
    private final Messages messages;
    private final ImportReportFormat format;
    private final Supplier<Optional<AgentId>> deskAgent;

    public ImportCommand(Supplier<LeadImportService> service, Messages messages, ImportReportFormat format) {
        this(service, messages, format, Optional::empty);
    }

    /** @param deskAgent this installation's agent: whose leads an import without {@code --agent} are */
    public ImportCommand(Supplier<LeadImportService> service, Messages messages, ImportReportFormat format,
                         Supplier<Optional<AgentId>> deskAgent) {
        this.service = service;
        this.messages = messages;
        this.format = format;
        this.deskAgent = deskAgent;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "import FILE [--agent ID] [--assign A1,A2,… [--per-agent N] | --pool] [--batch NAME] [--sheet NAME|N] "
                + "[--header-row N] [--json]";
    }

    @Override
    public String description() {
        return "import a lead file (CSV, TSV, JSON, .xlsx, .xls) as one batch, on the team server handed out to "
                + "agents or the pool; exit 0 imported, 2 nothing new, 1 failed";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--agent", "--batch", "--sheet", "--header-row", "--assign",
                "--per-agent"), Set.of("--json", "--pool"));
        if (args.positional().size() != 1) {
            throw new Cli.UsageException("import takes exactly one FILE");
        }
        LeadAssignment assignment = assignment(args);
        AgentId agent = agent(args, assignment);
        Path file = Path.of(args.positional().get(0));
        boolean json = args.flag("--json");
        int headerRow = headerRow(args.option("--header-row"));
        ImportReport report;
        try {
            report = service.get().importFile(
                    new ImportRequest(file, agent, args.option("--batch"), null, args.option("--sheet"),
                            headerRow, assignment), ImportProgress.NONE);
        } catch (ImportFailedException e) {
            if (!json) {
                throw e;
            }
            out.println(format.failureJson(file.toString(), messages.get(e.userMessage())));
            return Cli.FAILED;
        }
        if (json) {
            out.println(format.json(report, messages));
        } else {
            printSummary(report, out);
        }
        return report.imported() > 0 ? 0 : NOTHING_IMPORTED;
    }

    /** {@code --assign A1,A2 [--per-agent N]} or {@code --pool}; null: every lead to the importing agent. */
    private static LeadAssignment assignment(Args args) {
        String assign = args.option("--assign");
        String perAgent = args.option("--per-agent");
        if (args.flag("--pool") && assign != null) {
            throw new Cli.UsageException("--pool and --assign exclude each other (--assign … --per-agent N leaves the rest in the pool)");
        }
        if (perAgent != null && assign == null) {
            throw new Cli.UsageException("--per-agent N goes with --assign A1,A2,…");
        }
        if (args.flag("--pool")) {
            return LeadAssignment.pool();
        }
        if (assign == null) {
            return null;
        }
        List<AgentId> agents = new ArrayList<>();
        for (String id : assign.split(",")) {
            agents.add(agentId(id.strip()));
        }
        if (new LinkedHashSet<>(agents).size() != agents.size()) {
            throw new Cli.UsageException("--assign names an agent twice: " + assign);
        }
        return new LeadAssignment(agents, args.positive("--per-agent", 0));
    }

    /** The importing agent: {@code --agent}, else this desk's, else (a hand-out) the one agent dealt to, or none. */
    private AgentId agent(Args args, LeadAssignment assignment) {
        if (args.option("--agent") != null) {
            return agentId(args.option("--agent"));
        }
        Optional<AgentId> desk = deskAgent.get();
        if (desk.isPresent()) {
            return desk.get();
        }
        if (assignment == null) {
            throw new Cli.UsageException("--agent ID is required (or --assign A1,A2,… / --pool on the team server)");
        }
        return assignment.agents().size() == 1 ? assignment.agents().get(0) : null;
    }

    private static AgentId agentId(String id) {
        if (!AgentId.isValid(id)) {
            throw new Cli.UsageException("Agent ID must be 1-32 letters, digits, '.', '_' or '-': " + id);
        }
        return new AgentId(id);
    }

    private static int headerRow(String text) {
        if (text == null) {
            return 0;
        }
        try {
            int row = Integer.parseInt(text.strip());
            if (row >= 1) {
                return row;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Cli.UsageException("--header-row takes the 1-based number of the header row: " + text);
    }

    private void printSummary(ImportReport report, PrintStream out) {
        if (report.imported() > 0) {
            out.println(messages.get("import.cli.summary", report.imported(), report.batchName(), report.batchId(),
                    report.file(), report.charset(), report.duplicates(), report.rejected()));
        } else {
            out.println(messages.get("import.cli.nothingImported", report.file(), report.duplicates(), report.rejected()));
        }
        if (!report.handedOut().isEmpty()) {
            List<String> parts = new ArrayList<>();
            report.handedOut().forEach((who, count) -> parts.add(
                    (who.isEmpty() ? messages.get("import.cli.pool") : who) + " " + count));
            out.println(messages.get("import.cli.handedOut", String.join(", ", parts)));
        }
        List<ImportIssue> issues = report.issues();
        if (issues.isEmpty()) {
            return;
        }
        out.println(messages.get("import.cli.issuesHeader"));
        issues.stream().limit(LISTED_ISSUES).forEach(issue -> out.println(messages.get("import.cli.issueLine",
                String.valueOf(issue.line()), messages.get("import.kind." + issue.kind().name()),
                messages.get(issue.reason()))));
        if (issues.size() > LISTED_ISSUES) {
            out.println(messages.get("import.cli.moreIssues", issues.size() - LISTED_ISSUES));
        }
    }
}

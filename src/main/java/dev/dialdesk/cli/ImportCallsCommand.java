package dev.dialdesk.cli;

import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.reports.CallHistoryImportService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code import-calls FILE [--json]}: imports another dialer's call history; unreadable lines are named
 * and the rest imported. Exit 1 when not one line could be imported.
 */
public final class ImportCallsCommand implements Command {

    private final Supplier<CallHistoryImportService> history;
    private final Messages messages;

    public ImportCallsCommand(Supplier<CallHistoryImportService> history, Messages messages) {
        this.history = history;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "import-calls";
    }

    @Override
    public String synopsis() {
        return "import-calls FILE [--json]";
    }

    @Override
    public String description() {
        return "import the call history of another dialer (CSV or workbook: agent, phone, started_at, duration, disposition)";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of(), Set.of("--json"));
        if (args.positional().size() != 1) {
            throw new Cli.UsageException("import-calls needs one FILE");
        }
        CallHistoryImportService.Result result = history.get().importFile(Path.of(args.positional().get(0)));
        if (args.flag("--json")) {
            out.println(json(result));
            return result.refused() ? Cli.FAILED : 0;
        }
        for (ImportIssue issue : result.refused() ? List.<ImportIssue>of() : result.issues()) {
            err.println(issue.line() + ": " + messages.get(issue.reason()));
        }
        if (result.refused()) {
            for (ImportIssue issue : result.issues()) {
                err.println(issue.line() + ": " + messages.get(issue.reason()));
            }
            err.println(messages.get("history.refused", result.file().getFileName().toString(), result.issues().size()));
            return Cli.FAILED;
        }
        out.println(messages.get("history.done", result.imported(), result.unchanged(), result.charset()));
        return 0;
    }

    private String json(CallHistoryImportService.Result result) {
        StringBuilder text = new StringBuilder("{\"ok\":").append(!result.refused())
                .append(",\"imported\":").append(result.imported())
                .append(",\"unchanged\":").append(result.unchanged())
                .append(",\"rejected\":").append(result.issues().size()).append(",\"charset\":");
        FlatJson.quote(text, result.charset());
        text.append(",\"errors\":[");
        for (int i = 0; i < result.issues().size(); i++) {
            ImportIssue issue = result.issues().get(i);
            text.append(i == 0 ? "" : ",").append("{\"line\":").append(issue.line()).append(",\"reason\":");
            FlatJson.quote(text, messages.get(issue.reason()));
            text.append('}');
        }
        return text.append("]}").toString();
    }
}

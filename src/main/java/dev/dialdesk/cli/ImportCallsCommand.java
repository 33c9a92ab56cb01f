package dev.dialdesk.cli;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.reports.CallHistoryImportService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** {@code import-calls FILE}: imports another dialer's call history, all or nothing. */
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
        return "import-calls FILE";
    }

    @Override
    public String description() {
        return "import the call history of another dialer (CSV: agent, phone, started_at, duration, disposition)";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of(), Set.of());
        if (args.positional().size() != 1) {
            throw new Cli.UsageException("import-calls needs one FILE");
        }
        CallHistoryImportService.Result result = history.get().importFile(Path.of(args.positional().get(0)));
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
}

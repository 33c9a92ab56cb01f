package dev.dialdesk.cli;

import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.cases.CaseRecords;
import dev.dialdesk.service.cases.PlainJson;
import dev.dialdesk.service.cases.ReturnCallInbox;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** {@code inbox [--json]} and {@code inbox import FILE}: the return calls, or the phone system's export. */
public final class InboxCommand implements Command {

    private final Supplier<ReturnCallInbox> inbox;
    private final PlainJson json;
    private final Messages messages;

    public InboxCommand(Supplier<ReturnCallInbox> inbox, PlainJson json, Messages messages) {
        this.inbox = inbox;
        this.json = json;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    public String synopsis() {
        return "inbox [--json] | inbox import FILE";
    }

    @Override
    public String description() {
        return "the return calls (missed calls by number, oldest first), or import a missed-call CSV";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of(), Set.of("--json"));
        List<String> words = args.positional();
        ReturnCallInbox service = inbox.get();
        if (words.size() == 2 && words.get(0).equals("import")) {
            int added = service.importFile(Path.of(words.get(1)));
            out.println(messages.get("cases.cli.inboxImported", added, words.get(1)));
            return 0;
        }
        if (!words.isEmpty()) {
            throw new Cli.UsageException("inbox takes --json, or: import FILE");
        }
        List<ReturnCall> calls = service.returnCalls();
        Instant now = service.now();
        if (args.flag("--json")) {
            out.println(json.write(calls.stream().map(c -> CaseRecords.of(c, now)).toList()));
            return 0;
        }
        out.println(messages.get("cases.cli.inboxHeader", calls.size()));
        for (ReturnCall call : calls) {
            out.println(messages.get("cases.cli.inboxLine", call.phone().national(), call.count(),
                    call.age(now).toMinutes(), messages.get("cases.match." + call.match().kind().name()), call.name()));
        }
        return 0;
    }
}

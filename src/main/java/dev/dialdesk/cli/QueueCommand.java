package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.QueuedLead;
import dev.dialdesk.service.calls.WorkQueue;
import dev.dialdesk.domain.cases.CaseRecords;
import dev.dialdesk.service.cases.PlainJson;
import dev.dialdesk.service.cases.ReturnCallInbox;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code queue [--agent ID] [--json]}: what the agent's queue holds now: the return calls first (oldest
 * first), then the lead the queue offers next and from which part (callback, return call, retry, new).
 */
public final class QueueCommand implements Command {

    private final Supplier<ReturnCallInbox> inbox;
    private final Supplier<WorkQueue> queue;
    private final PlainJson json;
    private final Messages messages;
    private final Supplier<Optional<AgentId>> agent;

    public QueueCommand(Supplier<ReturnCallInbox> inbox, Supplier<WorkQueue> queue, PlainJson json, Messages messages,
                        Supplier<Optional<AgentId>> agent) {
        this.inbox = inbox;
        this.queue = queue;
        this.json = json;
        this.messages = messages;
        this.agent = agent;
    }

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String synopsis() {
        return "queue [--agent ID] [--json]";
    }

    @Override
    public String description() {
        return "the agent's queue now: return calls before new leads, and the lead offered next";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--agent"), Set.of("--json"));
        if (!args.positional().isEmpty()) {
            throw new Cli.UsageException("queue takes no arguments besides its options");
        }
        AgentId who = AgentOption.resolve(args, agent);
        ReturnCallInbox service = inbox.get();
        Instant now = service.now();
        List<Map<String, Object>> returns = service.returnCalls().stream().map(c -> CaseRecords.of(c, now)).toList();
        Optional<QueuedLead> next = queue.get().next(who);
        if (args.flag("--json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("agent", who.value());
            root.put("return_calls", returns);
            root.put("next", next.map(QueueCommand::lead).orElse(null));
            out.println(json.write(root));
            return 0;
        }
        out.println(messages.get("cases.cli.queueReturns", returns.size()));
        out.println(next.map(q -> messages.get("cases.cli.queueNext", q.tier().name(), q.leadId()))
                .orElse(messages.get("cases.cli.queueEmpty")));
        return 0;
    }

    private static Map<String, Object> lead(QueuedLead q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tier", q.tier().name());
        m.put("lead_id", q.leadId());
        m.put("phone", q.lead().phone().e164());
        return m;
    }
}

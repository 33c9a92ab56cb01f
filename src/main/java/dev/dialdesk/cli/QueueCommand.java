package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.QueuePreview;
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
    private final Supplier<QueuePreview> preview;

    public QueueCommand(Supplier<ReturnCallInbox> inbox, Supplier<WorkQueue> queue, PlainJson json, Messages messages,
                        Supplier<Optional<AgentId>> agent) {
        this(inbox, queue, json, messages, agent, null);
    }

    /** @param preview what the queue would offer next, for {@code --limit N} (null: only the next lead) */
    public QueueCommand(Supplier<ReturnCallInbox> inbox, Supplier<WorkQueue> queue, PlainJson json, Messages messages,
                        Supplier<Optional<AgentId>> agent, Supplier<QueuePreview> preview) {
        this.preview = preview;
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
        return "queue [--agent ID] [--limit N] [--json]";
    }

    @Override
    public String description() {
        return "the agent's queue now: return calls, the lead offered next and with --limit the next N with why, "
                + "and what is passed over and why (read-only)";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--agent", "--limit"), Set.of("--json"));
        if (!args.positional().isEmpty()) {
            throw new Cli.UsageException("queue takes no arguments besides its options");
        }
        AgentId who = AgentOption.resolve(args, agent);
        ReturnCallInbox service = inbox.get();
        Instant now = service.now();
        List<Map<String, Object>> returns = service.returnCalls().stream().map(c -> CaseRecords.of(c, now)).toList();
        Optional<QueuedLead> next = queue.get().next(who);
        QueuePreview.Preview upcoming = args.option("--limit") == null || preview == null ? null
                : preview.get().of(who, limit(args.option("--limit")));
        if (args.flag("--json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("agent", who.value());
            root.put("return_calls", returns);
            root.put("next", next.map(QueueCommand::lead).orElse(null));
            if (upcoming != null) {
                root.put("offered", upcoming.offered().stream().map(QueueCommand::offered).toList());
                root.put("skipped", upcoming.skipped().stream().map(this::skipped).toList());
            }
            out.println(json.write(root));
            return 0;
        }
        out.println(messages.get("cases.cli.queueReturns", returns.size()));
        out.println(next.map(q -> messages.get("cases.cli.queueNext", q.tier().name(), q.leadId()))
                .orElse(messages.get("cases.cli.queueEmpty")));
        if (upcoming != null) {
            int n = 1;
            for (QueuePreview.Offered o : upcoming.offered()) {
                out.println(messages.get("team.cli.queueOffered", n++, o.leadId(), o.phone().masked(),
                        messages.get("team.cli.queueTier." + o.tier().name())));
            }
            for (QueuePreview.Skipped s : upcoming.skipped()) {
                out.println(messages.get("team.cli.queueSkipped", s.leadId(), s.phone().masked(),
                        messages.get(s.reason().message())));
            }
        }
        return 0;
    }

    private static int limit(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= 1_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Cli.UsageException("--limit takes a whole number from 1 to 1000: " + text);
    }

    private static Map<String, Object> offered(QueuePreview.Offered o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lead_id", o.leadId());
        m.put("reason", o.tier().name());
        m.put("phone", o.phone().masked());
        m.put("due_at", o.dueAt() == null ? null : o.dueAt().toString());
        return m;
    }

    private Map<String, Object> skipped(QueuePreview.Skipped s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lead_id", s.leadId());
        m.put("phone", s.phone().masked());
        m.put("reason", s.reason().kind().name());
        m.put("why", messages.get(s.reason().message()));
        return m;
    }

    private static Map<String, Object> lead(QueuedLead q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tier", q.tier().name());
        m.put("lead_id", q.leadId());
        m.put("phone", q.lead().phone().e164());
        return m;
    }
}

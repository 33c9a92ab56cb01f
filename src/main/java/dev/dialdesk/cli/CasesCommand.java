package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.ChainRules;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.cases.CaseRecords;
import dev.dialdesk.service.cases.CaseService;
import dev.dialdesk.service.cases.PlainJson;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** {@code cases [--open] [--json] [--agent ID]}: the agent's follow-up cases with their next step. */
public final class CasesCommand implements Command {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final Supplier<CaseService> cases;
    private final PlainJson json;
    private final Messages messages;
    private final Supplier<Optional<AgentId>> agent;

    public CasesCommand(Supplier<CaseService> cases, PlainJson json, Messages messages, Supplier<Optional<AgentId>> agent) {
        this.cases = cases;
        this.json = json;
        this.messages = messages;
        this.agent = agent;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public String synopsis() {
        return "cases [--open] [--json] [--agent ID]";
    }

    @Override
    public String description() {
        return "list the agent's follow-up cases (chains of calls) with their next step";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--agent"), Set.of("--open", "--json"));
        if (!args.positional().isEmpty()) {
            throw new Cli.UsageException("cases takes no arguments besides its options");
        }
        AgentId who = AgentOption.resolve(args, agent);
        CaseService service = cases.get();
        List<FollowUpCase> list = service.cases(who, args.flag("--open"));
        Instant now = service.now();
        if (args.flag("--json")) {
            out.println(json.write(CaseRecords.cases(list, now)));
            return 0;
        }
        ZoneId zone = service.zone();
        out.println(messages.get("cases.cli.header", who.value(), list.size()));
        for (FollowUpCase c : list) {
            Optional<CaseStep> next = ChainRules.next(c);
            out.println(messages.get("cases.cli.line", c.id(), messages.get("cases.state." + c.state().name()),
                    c.title(), next.map(s -> s.dueAt().atZone(zone).format(WHEN)).orElse("-"),
                    next.map(s -> s.party().isCustomer() ? messages.get("cases.party.customer") : s.party().name())
                            .orElse("-")));
        }
        return 0;
    }
}

package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.callbacks.CallbackAgenda;
import dev.dialdesk.service.callbacks.CallbackListFormat;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** {@code callbacks [--date D] [--json] [--agent ID]}: the agent's callbacks of a day. */
public final class CallbacksCommand implements Command {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Supplier<CallbackAgenda> agenda;
    private final CallbackListFormat format;
    private final Messages messages;
    private final Supplier<Optional<AgentId>> agent;
    private final Clock clock;

    public CallbacksCommand(Supplier<CallbackAgenda> agenda, CallbackListFormat format, Messages messages,
                            Supplier<Optional<AgentId>> agent, Clock clock) {
        this.agenda = agenda;
        this.format = format;
        this.messages = messages;
        this.agent = agent;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "callbacks";
    }

    @Override
    public String synopsis() {
        return "callbacks [--date YYYY-MM-DD] [--json] [--agent ID]";
    }

    @Override
    public String description() {
        return "list the agent's callbacks of a day (today by default)";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--date", "--agent"), Set.of("--json"));
        if (!args.positional().isEmpty()) {
            throw new Cli.UsageException("callbacks takes no arguments besides its options");
        }
        AgentId who = AgentOption.resolve(args, agent);
        CallbackAgenda service = agenda.get();
        ZoneId zone = service.zone();
        LocalDate day = date(args.option("--date"), zone);
        List<CallbackEntry> entries = service.day(who, day);
        if (args.flag("--json")) {
            out.println(format.json(entries, zone));
            return 0;
        }
        out.println(messages.get("callbacks.cli.header", day.toString(), who.value(), entries.size()));
        for (CallbackEntry entry : entries) {
            Callback c = entry.callback();
            out.println(messages.get("callbacks.cli.line", c.dueAt().atZone(zone).format(TIME),
                    messages.get("callbacks.status." + c.status().name()), entry.customerName(), c.leadId(),
                    messages.get("callbacks.kind." + c.kind().name()), c.outcome() == null ? "" : c.outcome()));
        }
        return 0;
    }

    private LocalDate date(String text, ZoneId zone) {
        if (text == null) {
            return clock.instant().atZone(zone).toLocalDate();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Cli.UsageException("--date must be YYYY-MM-DD: " + text);
        }
    }
}

package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.calls.DoNotCallService;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code dial NUMBER | dial --lead ID}: dials through {@link CallService#startCall}, the same gate as
 * the window. A do-not-call number, another agent's lead or a time outside calling hours is refused
 * with the reason and a non-zero exit code (the CLI's error handler prints it).
 */
public final class DialCommand implements Command {

    private final Supplier<CallService> calls;
    private final Supplier<DoNotCallService> numbers;
    private final Messages messages;
    private final Supplier<Optional<AgentId>> agent;

    public DialCommand(Supplier<CallService> calls, Supplier<DoNotCallService> numbers, Messages messages,
                       Supplier<Optional<AgentId>> agent) {
        this.calls = calls;
        this.numbers = numbers;
        this.messages = messages;
        this.agent = agent;
    }

    @Override
    public String name() {
        return "dial";
    }

    @Override
    public String synopsis() {
        return "dial NUMBER | dial --lead ID [--agent ID]";
    }

    @Override
    public String description() {
        return "dial a number or a lead, checked against do-not-call and calling hours";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--lead", "--agent"), Set.of());
        AgentId by = AgentOption.resolve(args, agent);
        ActiveCall call;
        if (args.option("--lead") != null && args.positional().isEmpty()) {
            call = calls.get().startCall(by, parseLead(args.option("--lead")));
        } else if (args.option("--lead") == null && args.positional().size() == 1) {
            PhoneNumber number = numbers.get().parse(args.positional().get(0));
            call = calls.get().startCall(by, number);
        } else {
            throw new Cli.UsageException("dial needs a NUMBER or --lead ID");
        }
        if (call.warning() != null) {
            err.println(messages.get(call.warning()));
        }
        if (call.placedBy() == null) {
            out.println(messages.get("calls.cli.dialManually", call.number().national()));
        } else {
            out.println(messages.get("calls.cli.dialled", call.number().national()));
        }
        return 0;
    }

    private static long parseLead(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Cli.UsageException("--lead needs a lead id, not " + text);
        }
    }
}

package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.HappyCall;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.rules.HappyCallTry;
import dev.dialdesk.service.rules.HappyCallService;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code happycall CONTRACT no-answer|done|failed [--agent ID]} records a try of the insurer's happy call
 * (해피콜) on a contract; {@code happycall CONTRACT} lists its tries.
 */
public final class HappyCallCommand implements Command {

    private final Supplier<HappyCallService> service;
    private final Messages messages;
    private final Supplier<Optional<AgentId>> agent;

    public HappyCallCommand(Supplier<HappyCallService> service, Messages messages, Supplier<Optional<AgentId>> agent) {
        this.service = service;
        this.messages = messages;
        this.agent = agent;
    }

    @Override
    public String name() {
        return "happycall";
    }

    @Override
    public String synopsis() {
        return "happycall CONTRACT [no-answer|done|failed] [--agent ID]";
    }

    @Override
    public String description() {
        return "record a try of the insurer's happy call on a contract, or list its tries";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--agent"), Set.of());
        List<String> words = args.positional();
        if (words.isEmpty() || words.size() > 2) {
            throw new Cli.UsageException("happycall needs a contract id and at most one outcome");
        }
        long contract;
        try {
            contract = Long.parseLong(words.get(0));
        } catch (NumberFormatException e) {
            throw new Cli.UsageException("Not a contract id: " + words.get(0));
        }
        if (words.size() == 2) {
            HappyCall state = service.get().record(contract, outcome(words.get(1)), AgentOption.resolve(args, agent));
            out.println(messages.get("rules.cli.happyCall", contract, messages.get("contracts.happyCall." + state.name())));
        }
        for (HappyCallTry t : service.get().tries(contract)) {
            out.println(t.at() + "  " + messages.get(t.outcome().labelKey()) + "  " + t.actor());
        }
        return 0;
    }

    private static HappyCallTry.Outcome outcome(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "no-answer" -> HappyCallTry.Outcome.NO_ANSWER;
            case "done" -> HappyCallTry.Outcome.PASSED;
            case "failed" -> HappyCallTry.Outcome.FAILED;
            default -> throw new Cli.UsageException("The outcome is no-answer, done or failed: " + word);
        };
    }
}

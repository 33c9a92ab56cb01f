package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import java.util.Optional;
import java.util.function.Supplier;

/** The agent a command acts for: {@code --agent ID}, else this installation's agent. */
final class AgentOption {

    private AgentOption() {
    }

    static AgentId resolve(Args args, Supplier<Optional<AgentId>> installationAgent) {
        String given = args.option("--agent");
        if (given != null) {
            if (!AgentId.isValid(given)) {
                throw new Cli.UsageException("Not an agent ID: " + given);
            }
            return new AgentId(given);
        }
        return installationAgent.get().orElseThrow(() ->
                new Cli.UsageException("No agent set up yet: give --agent ID"));
    }
}

package dev.dialdesk.app;

import dev.dialdesk.cli.Command;
import dev.dialdesk.cli.DncCommand;
import dev.dialdesk.cli.ImportCommand;
import dev.dialdesk.cli.PasswordPrompt;
import dev.dialdesk.cli.TeamCommand;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.cases.JacksonPlainJson;
import dev.dialdesk.io.leads.JacksonImportReportFormat;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The commands of team mode, over {@link TeamServices} (the server named by {@code --db postgresql://…}). */
final class TeamCommands {

    private TeamCommands() {
    }

    /** {@code team …}: without a server it says how to name one. */
    static Command team(Supplier<TeamServices> team, Messages messages) {
        return new TeamCommand(team::get, messages, PasswordPrompt.console(), System.in, new JacksonPlainJson());
    }

    /** The commands that work on the team server, asking for new passwords at the terminal or on standard input. */
    static List<Command> onServer(Supplier<TeamServices> team, Messages messages, Supplier<Optional<AgentId>> deskAgent) {
        return onServer(team, messages, deskAgent, PasswordPrompt.console(), System.in);
    }

    /** The commands that work on the team server ({@link AppOptions#SERVER_COMMANDS}). */
    static List<Command> onServer(Supplier<TeamServices> team, Messages messages, Supplier<Optional<AgentId>> deskAgent,
                                  PasswordPrompt prompt, InputStream stdin) {
        return List.of(
                new TeamCommand(team::get, messages, prompt, stdin, new JacksonPlainJson()),
                new ImportCommand(() -> team.get().leadImports(), messages, new JacksonImportReportFormat(), deskAgent),
                new DncCommand(() -> team.get().doNotCall(), messages, deskAgent));
    }
}

package dev.dialdesk.cli;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.i18n.UserFacingException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dispatches {@code dialdesk COMMAND args…} to its {@link Command} and prints {@code --help}. */
public final class Cli {

    /** Exit code for a wrong command line. */
    public static final int USAGE = 64;
    /** Exit code for a failure the user can act on (bad file, locked database …). */
    public static final int FAILED = 1;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(List<Command> commands, Messages messages, PrintStream out, PrintStream err) {
        commands.forEach(command -> this.commands.put(command.name(), command));
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    /** Runs {@code args} (the command word first); returns the exit code. */
    public int run(List<String> args, boolean help) {
        if (args.isEmpty() || help && !commands.containsKey(args.get(0))) {
            printHelp(out);
            return args.isEmpty() || help ? 0 : USAGE;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("Unknown command: " + args.get(0));
            printHelp(err);
            return USAGE;
        }
        if (help) {
            out.println("Usage: dialdesk " + command.synopsis());
            out.println("  " + command.description());
            return 0;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Usage: dialdesk " + command.synopsis());
            return USAGE;
        } catch (UserFacingException e) {
            LOG.warn("Command {} failed: {}", command.name(), e.getMessage(), e);
            err.println(messages.get(e.userMessage()));
            return FAILED;
        } catch (Exception e) {
            LOG.error("Command {} failed unexpectedly", command.name(), e);
            err.println("Unexpected error: " + e + " (details in the log)");
            return FAILED;
        }
    }

    public void printHelp(PrintStream stream) {
        stream.println("Dialdesk: desktop client for outbound call-centre agents.");
        stream.println();
        stream.println("Usage:");
        stream.println("  dialdesk [--db PATH] [--lang ko|en] [--demo] [--startup-report]   open the window");
        stream.println("  dialdesk [--db PATH] COMMAND [ARGS]                               run a command");
        stream.println();
        stream.println("Commands:");
        int width = commands.values().stream().mapToInt(c -> c.synopsis().length()).max().orElse(10);
        for (Command command : commands.values()) {
            stream.printf("  %-" + width + "s   %s%n", command.synopsis(), command.description());
        }
        stream.println();
        stream.println("Global options:");
        stream.println("  --db PATH        use this database file instead of the one in the data folder");
        stream.println("  --lang ko|en     language of the window and messages (default: the system's)");
        stream.println("  --demo           use the demo database, seeded from the sample data");
        stream.println("  --startup-report print how long each start-up phase took");
        stream.println("  --help           this text; 'dialdesk COMMAND --help' for one command");
    }

    /** A wrong command line: the message says what is wrong. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}

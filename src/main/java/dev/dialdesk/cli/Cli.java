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
        boolean json = args.subList(1, args.size()).contains("--json");
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Usage: dialdesk " + command.synopsis());
            printFailure(json, command, "usage", e.getMessage());
            return USAGE;
        } catch (UserFacingException e) {
            LOG.warn("Command {} failed: {}", command.name(), e.getMessage(), e);
            err.println(messages.get(e.userMessage()));
            printFailure(json, command, e.userMessage().key(), messages.get(e.userMessage()));
            return FAILED;
        } catch (Exception e) {
            LOG.error("Command {} failed unexpectedly", command.name(), e);
            err.println("Unexpected error: " + e + " (details in the log)");
            printFailure(json, command, "unexpected", "Unexpected error: " + e.getClass().getSimpleName() + " (details in the log)");
            return FAILED;
        }
    }

    /**
     * With {@code --json}, a failure is a JSON object on stdout too (a database open in another Dialdesk,
     * a missing file …), so that a script reads one object whatever happened.
     */
    private void printFailure(boolean json, Command command, String code, String message) {
        if (json) {
            out.println(failureJson(command.name(), code, message));
        }
    }

    /** {@code {"ok":false,"command":…,"code":…,"error":…}}. */
    public static String failureJson(String command, String code, String message) {
        StringBuilder text = new StringBuilder("{\"ok\":false,\"command\":");
        dev.dialdesk.domain.text.FlatJson.quote(text, command);
        text.append(",\"code\":");
        dev.dialdesk.domain.text.FlatJson.quote(text, code);
        text.append(",\"error\":");
        dev.dialdesk.domain.text.FlatJson.quote(text, message);
        return text.append('}').toString();
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
        stream.println("  --db postgresql://LOGIN@HOST/DB   the team server (commands team, import, dnc; password from"
                + " PGPASSWORD, ~/.pgpass or a prompt)");
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

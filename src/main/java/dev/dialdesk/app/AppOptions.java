package dev.dialdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The global command-line options, which may stand before or after a command:
 * {@code --db PATH}, {@code --lang ko|en}, {@code --demo}, {@code --startup-report}, {@code --help}.
 * What remains is the command and its own arguments. {@code --db postgresql://…} names a team server,
 * which for now only the commands of {@link #SERVER_COMMANDS} use.
 */
public record AppOptions(Path database, String language, boolean demo, boolean startupReport, boolean help,
                         List<String> command, DatabaseTarget.Server server) {

    /** The commands that work on a team server today (the window and the others still need a file). */
    public static final java.util.Set<String> SERVER_COMMANDS = java.util.Set.of("team", "import", "dnc");

    public AppOptions(Path database, String language, boolean demo, boolean startupReport, boolean help,
                      List<String> command) {
        this(database, language, demo, startupReport, help, command, null);
    }

    public static AppOptions parse(String... args) {
        Path database = null;
        DatabaseTarget.Server server = null;
        String language = null;
        boolean demo = false;
        boolean startupReport = false;
        boolean help = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--db" -> {
                    DatabaseTarget target = DatabaseTarget.parse(value(args, ++i, "--db"));
                    server = target instanceof DatabaseTarget.Server s ? s : null;
                    database = server == null ? ((DatabaseTarget.LocalFile) target).file() : null;
                }
                case "--lang" -> language = value(args, ++i, "--lang");
                case "--demo" -> demo = true;
                case "--startup-report" -> startupReport = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("--db=")) {
                        DatabaseTarget target = DatabaseTarget.parse(arg.substring(5));
                        server = target instanceof DatabaseTarget.Server s ? s : null;
                        database = server == null ? ((DatabaseTarget.LocalFile) target).file() : null;
                    } else if (arg.startsWith("--lang=")) {
                        language = arg.substring(7);
                    } else {
                        rest.add(arg);
                    }
                }
            }
        }
        if (language != null && !language.equals("ko") && !language.equals("en")) {
            throw new IllegalArgumentException("--lang takes ko or en, not " + language);
        }
        if (server != null && (rest.isEmpty() || !SERVER_COMMANDS.contains(rest.get(0)))) {
            refuseServer(server);
        }
        return new AppOptions(database, language, demo, startupReport, help, List.copyOf(rest), server);
    }

    /**
     * A team server address is parsed (and a malformed one explained) but refused for the window and the
     * commands that still need a file, until the stores of team mode are all there (docs/team-server.md).
     */
    private static void refuseServer(DatabaseTarget.Server server) {
        throw new IllegalArgumentException("--db " + server.describe() + ": team mode on a PostgreSQL server "
                + "is not available in this version yet for the window or this command (see docs/team-server.md; "
                + "the commands " + String.join(", ", new java.util.TreeSet<>(SERVER_COMMANDS)) + " work on it); "
                + "use a database file");
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    public boolean isGui() {
        return command.isEmpty() && !help;
    }
}

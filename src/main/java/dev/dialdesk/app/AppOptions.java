package dev.dialdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The global command-line options, which may stand before or after a command:
 * {@code --db PATH}, {@code --lang ko|en}, {@code --demo}, {@code --startup-report}, {@code --help}.
 * What remains is the command and its own arguments.
 */
public record AppOptions(Path database, String language, boolean demo, boolean startupReport, boolean help,
                         List<String> command) {

    public static AppOptions parse(String... args) {
        Path database = null;
        String language = null;
        boolean demo = false;
        boolean startupReport = false;
        boolean help = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--db" -> database = localDatabase(value(args, ++i, "--db"));
                case "--lang" -> language = value(args, ++i, "--lang");
                case "--demo" -> demo = true;
                case "--startup-report" -> startupReport = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("--db=")) {
                        database = localDatabase(arg.substring(5));
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
        return new AppOptions(database, language, demo, startupReport, help, List.copyOf(rest));
    }

    /**
     * The {@code --db} value as a local file. A team server address is parsed (and a malformed one
     * explained) but refused until the stores of team mode are all there (docs/team-server.md).
     */
    private static Path localDatabase(String value) {
        DatabaseTarget target = DatabaseTarget.parse(value);
        if (target instanceof DatabaseTarget.Server server) {
            throw new IllegalArgumentException("--db " + server.describe() + ": team mode on a PostgreSQL server "
                    + "is not available in this version yet (see docs/team-server.md); use a database file");
        }
        return ((DatabaseTarget.LocalFile) target).file();
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

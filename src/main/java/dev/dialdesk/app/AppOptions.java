package dev.dialdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The global command-line options, which may stand before or after a command:
 * {@code --db PATH|postgresql://…}, {@code --lang ko|en}, {@code --demo}, {@code --startup-report},
 * {@code --help}. What remains is the command and its own arguments. {@code database} is the local
 * file named by {@code --db}, {@code server} the team server (at most one of them is set).
 */
public record AppOptions(Path database, String language, boolean demo, boolean startupReport, boolean help,
                         List<String> command, DatabaseTarget.Server server) {

    /** Options on the local file (or the default one). */
    public AppOptions(Path database, String language, boolean demo, boolean startupReport, boolean help,
                      List<String> command) {
        this(database, language, demo, startupReport, help, command, null);
    }

    public static AppOptions parse(String... args) {
        DatabaseTarget target = null;
        String language = null;
        boolean demo = false;
        boolean startupReport = false;
        boolean help = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--db" -> target = DatabaseTarget.parse(value(args, ++i, "--db"));
                case "--lang" -> language = value(args, ++i, "--lang");
                case "--demo" -> demo = true;
                case "--startup-report" -> startupReport = true;
                case "--help", "-h" -> help = true;
                default -> {
                    if (arg.startsWith("--db=")) {
                        target = DatabaseTarget.parse(arg.substring(5));
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
        if (demo && target instanceof DatabaseTarget.Server) {
            throw new IllegalArgumentException("--demo runs on its own sample file, not on a team server");
        }
        Path database = target instanceof DatabaseTarget.LocalFile file ? file.file() : null;
        DatabaseTarget.Server server = target instanceof DatabaseTarget.Server named ? named : null;
        return new AppOptions(database, language, demo, startupReport, help, List.copyOf(rest), server);
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

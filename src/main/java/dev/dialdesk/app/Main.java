package dev.dialdesk.app;

import dev.dialdesk.cli.Cli;
import java.time.Clock;

/**
 * Entry point: {@code dialdesk [options]} opens the window, {@code dialdesk COMMAND …} runs a
 * headless command. Logging is pointed at the data folder before the first logger exists.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppOptions options;
        try {
            options = AppOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(Cli.USAGE);
            return;
        }
        AppPaths paths = AppPaths.forThisMachine(options.database(), options.demo());
        System.setProperty("dialdesk.logdir", paths.logDir().toString());
        if (options.isGui()) {
            new GuiLauncher(options, paths, Clock.systemDefaultZone()).launch();
            return;
        }
        int exitCode;
        try (CompositionRoot root = new CompositionRoot(options, paths, Clock.systemDefaultZone())) {
            Cli cli = new Cli(root.commands(), root.messages(), System.out, System.err);
            exitCode = cli.run(options.command(), options.help());
        }
        System.exit(exitCode);
    }
}

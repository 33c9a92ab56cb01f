package dev.dialdesk.cli;

import java.io.PrintStream;
import java.util.List;

/** A headless command: {@code dialdesk NAME args…}. Uses the same services as the window. */
public interface Command {

    /** The word that selects it on the command line. */
    String name();

    /** One line for {@code --help}: the synopsis, e.g. {@code import FILE --agent ID [--json]}. */
    String synopsis();

    /** One sentence saying what it does. */
    String description();

    /**
     * Runs the command. Output for people or scripts goes to {@code out}, problems to {@code err}.
     *
     * @return the process exit code: 0 for success
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}

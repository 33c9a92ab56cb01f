package dev.dialdesk.app;

import java.util.Optional;

/**
 * Asks the agent for the server password when neither {@code PGPASSWORD} nor the password file has
 * one: a dialog before the window, {@code Console.readPassword} on the command line. The answer is
 * kept in memory only. Empty: the agent cancelled (or there is nobody to ask).
 */
@FunctionalInterface
public interface PasswordPrompt {

    /** @param server {@code user@host:port/database}, to show whose password is asked for */
    Optional<char[]> ask(dev.dialdesk.domain.i18n.Messages messages, String server);

    /** The command line's prompt: the console without echo, or nobody to ask (a script, a pipe). */
    static PasswordPrompt console() {
        return (messages, server) -> dev.dialdesk.cli.PasswordPrompt.console()
                .ask(messages.get("team.password.prompt", server))
                .filter(typed -> typed.length > 0);
    }
}

package dev.dialdesk.cli;

import java.io.Console;
import java.util.Optional;

/** Asks the person at the terminal for a password without echoing it; empty when there is no terminal. */
@FunctionalInterface
public interface PasswordPrompt {

    Optional<char[]> ask(String prompt);

    /** The process's terminal ({@link System#console()}), if it has one. */
    static PasswordPrompt console() {
        return prompt -> {
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
        };
    }
}

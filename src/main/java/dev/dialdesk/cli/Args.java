package dev.dialdesk.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's own arguments: positional values, {@code --name value} options and {@code --flag}s. */
public final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /**
     * @param valueOptions the options that take a value (e.g. {@code --agent})
     * @param flagOptions  the options that stand alone (e.g. {@code --json})
     */
    public static Args parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new Cli.UsageException(name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    parsed.options.put(name, value);
                } else if (flagOptions.contains(name) && value == null) {
                    parsed.flags.add(name);
                } else {
                    throw new Cli.UsageException("Unknown option: " + arg);
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    public List<String> positional() {
        return positional;
    }

    public String option(String name) {
        return options.get(name);
    }

    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    /** A whole number of 1 or more, or {@code defaultValue} when the option is not given. */
    public int positive(String name, int defaultValue) {
        String text = options.get(name);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Cli.UsageException(name + " takes a whole number of 1 or more: " + text);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}

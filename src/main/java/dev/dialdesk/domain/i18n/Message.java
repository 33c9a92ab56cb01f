package dev.dialdesk.domain.i18n;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text to show a person, not yet translated: a bundle key and its arguments. Services and
 * importers return these so that the same result can be shown in Korean or English.
 */
public record Message(String key, Object... args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}

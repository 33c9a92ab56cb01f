package dev.dialdesk.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** The ID the centre knows an agent by (e.g. {@code A1024}). Letters, digits, '-', '_' and '.'. */
public record AgentId(String value) implements Comparable<AgentId> {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public AgentId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Agent ID must be 1-32 letters, digits, '.', '_' or '-'");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }

    @Override
    public int compareTo(AgentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dev.dialdesk.domain;

import java.util.Objects;

/** An agent as the centre knows them: the ID everything they record carries, and their name. */
public record Agent(AgentId id, String name) {
    public Agent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}

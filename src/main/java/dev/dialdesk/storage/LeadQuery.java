package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;

/** Which leads to load: all of an agent's, or everything (a team lead's database) when agent is null. */
public record LeadQuery(AgentId agent) {
    public static LeadQuery all() {
        return new LeadQuery(null);
    }
}

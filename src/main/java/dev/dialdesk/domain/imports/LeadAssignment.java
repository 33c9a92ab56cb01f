package dev.dialdesk.domain.imports;

import dev.dialdesk.domain.AgentId;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Who gets an imported batch's leads (the morning's hand-out, {@code import FILE --assign a1,a2 [--per-agent N]}
 * or {@code --pool}): one agent; several agents, dealt in file order (the first new lead to the first
 * agent, the second to the second …), as an even split or {@code perAgent} each with the rest left in
 * the shared pool; or the shared pool itself (no agent: any agent claims them). Duplicates and
 * rejected lines take no turn.
 *
 * @param agents   the agents in the order they are dealt to; empty for the pool
 * @param perAgent leads per agent, the rest to the pool; 0 for an even split of every lead
 */
public record LeadAssignment(List<AgentId> agents, int perAgent) {

    public LeadAssignment {
        agents = List.copyOf(agents);
        if (perAgent < 0) {
            throw new IllegalArgumentException("perAgent must not be negative: " + perAgent);
        }
        if (agents.isEmpty() && perAgent > 0) {
            throw new IllegalArgumentException("perAgent needs agents to deal to");
        }
        if (new LinkedHashSet<>(agents).size() != agents.size()) {
            throw new IllegalArgumentException("An agent is named twice: " + agents);
        }
    }

    /** Every lead to one agent (a desk's own import). */
    public static LeadAssignment to(AgentId agent) {
        return new LeadAssignment(List.of(agent), 0);
    }

    /** Every lead to the shared pool. */
    public static LeadAssignment pool() {
        return new LeadAssignment(List.of(), 0);
    }

    public boolean isPool() {
        return agents.isEmpty();
    }

    /** Every lead goes to this one agent, none to the pool. */
    public boolean isSingleAgent() {
        return agents.size() == 1 && perAgent == 0;
    }

    /** Whether any lead may end up in the pool (no agent), which only a team server holds. */
    public boolean usesPool() {
        return agents.isEmpty() || perAgent > 0;
    }
}

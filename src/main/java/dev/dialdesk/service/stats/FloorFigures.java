package dev.dialdesk.service.stats;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.rules.ContactHours;
import dev.dialdesk.domain.rules.OutcomeFates;
import java.time.ZoneId;
import java.util.Map;

/**
 * The floor's numbers of a range (issue 16, {@code docs/metrics.md}): what became of each outcome, the
 * contact rate by weekday and hour for the team and each agent, and what is at risk today.
 *
 * @param qaAtRiskToday     open QA cases at risk now (customer not answering, or deadline within a day)
 * @param withdrawalAtRisk  live contracts in cooling-off whose happy call failed or whose customer is unreachable
 */
public record FloorFigures(OutcomeFates fates, ContactHours teamHours, Map<AgentId, ContactHours> agentHours,
                           int qaAtRiskToday, int withdrawalAtRisk) {

    public FloorFigures {
        agentHours = Map.copyOf(agentHours);
    }

    public static FloorFigures none(ZoneId zone) {
        return new FloorFigures(OutcomeFates.NONE, new ContactHours(zone), Map.of(), 0, 0);
    }

    /** The agent's contact hours; empty ones when the agent dialled nothing in the range. */
    public ContactHours hoursOf(AgentId agent) {
        ContactHours hours = agentHours.get(agent);
        return hours == null ? new ContactHours(teamHours.zone()) : hours;
    }
}

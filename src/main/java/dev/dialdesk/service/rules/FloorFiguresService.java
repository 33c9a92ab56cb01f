package dev.dialdesk.service.rules;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.rules.ContactHours;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.service.stats.FloorFigures;
import dev.dialdesk.service.stats.FloorFiguresSource;
import dev.dialdesk.storage.FloorStatsStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The floor's numbers from the call log and the contracts ({@link FloorStatsStore}) and the risk rules. */
public final class FloorFiguresService implements FloorFiguresSource {

    private final FloorStatsStore store;
    private final LeadMarksService marks;

    public FloorFiguresService(FloorStatsStore store, LeadMarksService marks) {
        this.store = store;
        this.marks = marks;
    }

    @Override
    public FloorFigures figures(Instant from, Instant to, ZoneId zone, Optional<AgentId> agent) {
        OutcomeFates fates = OutcomeFates.tally(store.fates(from, to, agent));
        ContactHours team = new ContactHours(zone);
        Map<AgentId, ContactHours> byAgent = new HashMap<>();
        store.contactHours(from, to, zone, agent, (who, at, dials, contacts) -> {
            team.add(at, dials, contacts);
            byAgent.computeIfAbsent(who, a -> new ContactHours(zone)).add(at, dials, contacts);
        });
        return new FloorFigures(fates, team, byAgent, marks.qaAtRisk(agent).size(), marks.withdrawalAtRisk(agent).size());
    }
}

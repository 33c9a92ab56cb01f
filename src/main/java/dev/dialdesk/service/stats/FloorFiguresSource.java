package dev.dialdesk.service.stats;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Where the floor's numbers of a stats report come from (the rules feature plugs in here). */
@FunctionalInterface
public interface FloorFiguresSource {

    /** The figures over [from, to) in {@code zone}, of one agent or all. */
    FloorFigures figures(Instant from, Instant to, ZoneId zone, Optional<AgentId> agent);

    FloorFiguresSource NONE = (from, to, zone, agent) -> FloorFigures.none(zone);
}

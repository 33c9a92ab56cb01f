package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;

/** Hook for contracts (issue 5): the monthly premium (won) an agent sold in a period. None yet. */
@FunctionalInterface
public interface PremiumSource {

    PremiumSource NONE = (agent, from, to) -> 0L;

    long premiumWon(AgentId agent, Instant from, Instant to);
}

package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;

/**
 * Hook for contracts (issue 5): the monthly premium (won) an agent sold in a period, and how many
 * contracts that was, from the contracts themselves (a press of 8 whose contract was never saved is
 * no contract).
 */
@FunctionalInterface
public interface PremiumSource {

    PremiumSource NONE = (agent, from, to) -> 0L;

    long premiumWon(AgentId agent, Instant from, Instant to);

    /** Contracts the agent made in [from, to), cancelled ones left out; empty when this source has none. */
    default java.util.OptionalInt contractsMade(AgentId agent, Instant from, Instant to) {
        return java.util.OptionalInt.empty();
    }
}

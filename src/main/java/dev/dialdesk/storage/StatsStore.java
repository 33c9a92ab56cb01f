package dev.dialdesk.storage;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read side of the statistics: sums from the quarter-hour roll-up ({@code stats_slot}, kept current by
 * triggers on the call log) and the few figures that come from leads. Every range is [from, to) and
 * both ends must fall on whole quarter hours (a centre's day does, in every zone in use).
 */
public interface StatsStore {

    /** The length of a roll-up slot: a quarter of an hour. */
    long SLOT_MILLIS = 900_000L;

    /**
     * Sums of call attempts. {@code agent} is null for a sum over agents; {@code slot} is the epoch
     * quarter hour ({@code started_at / SLOT_MILLIS}) of a per-slot sum, 0 otherwise.
     */
    record CallSums(AgentId agent, long slot, int dials, int contacts, long talkMillis, int sales, int dncRequests) {
        public static CallSums empty(AgentId agent) {
            return new CallSums(agent, 0, 0, 0, 0, 0, 0);
        }
    }

    /** Per agent over [from, to); {@code slot} is 0. Only agents with a dial appear. */
    List<CallSums> byAgent(Instant from, Instant to, Optional<AgentId> agent);

    /** Per quarter-hour slot over [from, to), summed over agents (or for one agent). */
    List<CallSums> bySlot(Instant from, Instant to, Optional<AgentId> agent);

    /**
     * Per agent: the number of distinct days of {@code zone} with a dial after the day of the agent's
     * last sale before {@code to}, counted from {@code lookbackFrom} at the earliest. Days are the
     * zone's own, daylight saving included.
     */
    Map<AgentId, Integer> daysWithoutSale(Instant lookbackFrom, Instant to, ZoneId zone);

    /** Per agent: the number of distinct days of {@code zone} in [from, to) with a dial. */
    Map<AgentId, Integer> daysWorked(Instant from, Instant to, ZoneId zone);

    /** An agent's leads in the batches assigned in [from, to): how many, and how many never dialled. */
    record BatchProgress(AgentId agent, int leads, int untouched) {
    }

    List<BatchProgress> batchProgress(Instant from, Instant to, Optional<AgentId> agent);

    /** Every agent this database knows, by id. */
    List<Agent> agents();

    /** One call of the drill-down, for the team lead's view of an agent's day. */
    record CallLine(Instant startedAt, long durationMillis, String disposition, String leadName, String phoneE164,
                    String note) {
    }

    List<CallLine> calls(AgentId agent, Instant from, Instant to);
}

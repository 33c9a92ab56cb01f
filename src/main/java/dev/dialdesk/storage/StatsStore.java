package dev.dialdesk.storage;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read side of the statistics: sums from the hourly roll-up ({@code stats_hour}, kept current by
 * triggers on the call log) and the few figures that come from leads. Every range is [from, to) and
 * both ends must fall on whole UTC hours (a centre day does, in whole-hour zones).
 */
public interface StatsStore {

    /** Sums of call attempts. {@code agent} is null for a sum over agents. */
    record CallSums(AgentId agent, long hour, int dials, int contacts, long talkMillis, int sales, int dncRequests) {
        public static CallSums empty(AgentId agent) {
            return new CallSums(agent, 0, 0, 0, 0, 0, 0);
        }
    }

    /** Per agent over [from, to); {@code hour} is 0. Only agents with a dial appear. */
    List<CallSums> byAgent(Instant from, Instant to, Optional<AgentId> agent);

    /** Per UTC epoch hour over [from, to), summed over agents (or for one agent). */
    List<CallSums> byHour(Instant from, Instant to, Optional<AgentId> agent);

    /**
     * Per agent: the number of distinct days (at a fixed {@code utcOffsetHours}) with a dial after the
     * day of the agent's last sale before {@code to}, counted from {@code lookbackFrom} at the earliest.
     */
    Map<AgentId, Integer> daysWithoutSale(Instant lookbackFrom, Instant to, int utcOffsetHours);

    /** Per agent: the number of distinct days (at {@code utcOffsetHours}) in [from, to) with a dial. */
    Map<AgentId, Integer> daysWorked(Instant from, Instant to, int utcOffsetHours);

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

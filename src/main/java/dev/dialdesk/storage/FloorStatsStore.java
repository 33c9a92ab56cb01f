package dev.dialdesk.storage;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.rules.OutcomeFates;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read side of the floor's numbers (issue 16), straight from the call log and the contracts: what became
 * of each outcome, and the times at which customers answer. Ranges are [from, to).
 */
public interface FloorStatsStore {

    /**
     * Each lead's first contact outcome of a kind (thinking it over, callback, refusal) in [from, to), by
     * the lead status its disposition leads to, with the first contract after it (a sale attempt or a saved
     * contract, also after {@code to}) and, for a contract within 30 days that was withdrawn or returned,
     * that contract's time.
     */
    List<OutcomeFates.Fate> fates(Instant from, Instant to, Optional<AgentId> agent);

    /** One attempt for the contact-hours figures. */
    @FunctionalInterface
    interface AttemptSink {
        void accept(AgentId agent, Instant startedAt, boolean contact);
    }

    /**
     * Streams the attempts started in [from, to) to {@code sink}; with {@code afterWarmContact}, only those
     * made after the lead had been warm (thinking it over, a callback, a contract): the leads that go cold.
     */
    void attempts(Instant from, Instant to, Optional<AgentId> agent, boolean afterWarmContact, AttemptSink sink);

    /** The sums of one agent's attempts started in one hour of the clock the figures are read in. */
    @FunctionalInterface
    interface HourSink {
        void accept(AgentId agent, Instant hourStart, int dials, int contacts);
    }

    /**
     * The contact-hours figures of [from, to): every attempt's dial and contact summed by agent and hour of
     * {@code zone}'s clock, the same sums {@link #attempts} without {@code afterWarmContact} streams one by
     * one, read from the quarter-hour roll-up instead of the calls. {@code hourStart} is the instant the
     * local hour began, or an attempt's own start where the range cuts a quarter hour.
     */
    void contactHours(Instant from, Instant to, java.time.ZoneId zone, Optional<AgentId> agent, HourSink sink);

    /**
     * The agent's leads that answered (a contact) at {@code hourOfDay} of a clock {@code utcOffsetHours}
     * from UTC, in attempts since {@code since}; at most {@code limit}, most recent answer first.
     */
    List<Long> answeredAtHour(AgentId agent, Instant since, int utcOffsetHours, int hourOfDay, int limit);

    /**
     * Ids of the contracts sold since {@code soldSince} that are still live (not withdrawn, cancelled or
     * returned), of one agent or all, of one lead ({@code leadId} > 0) or all: those that may still be withdrawn.
     */
    List<Long> liveContracts(Instant soldSince, Optional<AgentId> agent, long leadId);

    /**
     * The agent's leads avoiding calls: not final, whose last contact left them warm (thinking it over, a
     * callback, a contract) and which went unanswered at least {@code attempts} times since.
     */
    java.util.Set<Long> avoidingLeads(AgentId agent, int attempts);
}

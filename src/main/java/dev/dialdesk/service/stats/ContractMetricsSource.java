package dev.dialdesk.service.stats;

import dev.dialdesk.domain.AgentId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Where the contract, premium, withdrawal, return and QA figures come from (the contracts store of
 * issue 5 plugs in here at merge). While {@link #available()} is false, contracts are counted from
 * call attempts whose disposition is flagged <i>sale</i>, and premium, withdrawals, returns and QA
 * cases are zero.
 */
public interface ContractMetricsSource {

    /** One agent's contract events on one centre day. */
    record ContractDay(AgentId agent, LocalDate day, int contracts, long premiumWon, int withdrawals, int returns) {
    }

    /** The state of a QA case as the stats see it. */
    enum QaCaseState { OPEN, EXPIRED }

    /**
     * A QA re-recording case: OPEN (re-recording required, not done, deadline not passed) or EXPIRED
     * (the deadline passed without a re-recording).
     */
    record QaCase(long contractId, AgentId agent, Instant deadline, QaCaseState state) {
    }

    /** A contract for the drill-down. {@code qaState} is the contracts feature's own label key or code. */
    record ContractLine(long id, Instant contractedAt, String product, long premiumWon, String qaState,
                        Instant deadline) {
    }

    /** True once a real contracts store is plugged in. */
    boolean available();

    /**
     * Per agent and day in [from, to]: contracts dated that day, their monthly premium, withdrawals
     * and returns (반송) recorded that day.
     */
    List<ContractDay> daily(LocalDate from, LocalDate to, ZoneId zone, Optional<AgentId> agent);

    /** QA cases open now, and those whose deadline passed in [from, to) without re-recording. */
    List<QaCase> qaCases(Instant from, Instant to, Optional<AgentId> agent);

    /** The agent's contracts dated in [from, to), oldest first. */
    List<ContractLine> contracts(AgentId agent, Instant from, Instant to);

    /** Until the contracts store is merged: contracts come from sale attempts; nothing else. */
    ContractMetricsSource NONE = new ContractMetricsSource() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public List<ContractDay> daily(LocalDate from, LocalDate to, ZoneId zone, Optional<AgentId> agent) {
            return List.of();
        }

        @Override
        public List<QaCase> qaCases(Instant from, Instant to, Optional<AgentId> agent) {
            return List.of();
        }

        @Override
        public List<ContractLine> contracts(AgentId agent, Instant from, Instant to) {
            return List.of();
        }
    };
}

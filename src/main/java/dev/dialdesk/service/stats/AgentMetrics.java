package dev.dialdesk.service.stats;

import dev.dialdesk.domain.AgentId;

/**
 * One row of the dashboard: an agent's (or, with {@code agent} null, the team's) numbers over a range.
 * Every figure is defined in {@code docs/metrics.md}; the ratios are derived here and nowhere else.
 *
 * @param daysWithoutContract null for the team row
 * @param rank                1 = best; 0 for the team row
 */
public record AgentMetrics(
        AgentId agent,
        String name,
        int dials,
        int contacts,
        long talkSeconds,
        int contracts,
        long premiumWon,
        int withdrawals,
        int returns,
        int callbacksDue,
        int callbacksKept,
        int callbacksMissed,
        int doNotCallRequests,
        int qaOpen,
        int qaExpired,
        Integer daysWithoutContract,
        int batchLeads,
        int batchUntouched,
        long premiumTargetWon,
        int rank) {

    public boolean isTeam() {
        return agent == null;
    }

    /** contacts ÷ dials; 0 without dials. */
    public double contactRate() {
        return ratio(contacts, dials);
    }

    /** contracts ÷ contacts; 0 without contacts. */
    public double conversion() {
        return ratio(contracts, contacts);
    }

    /** untouched ÷ leads of the batches assigned in the range; 0 without such leads. */
    public double untouchedShare() {
        return ratio(batchUntouched, batchLeads);
    }

    /** premium ÷ premium target; 0 without a target. */
    public double targetProgress() {
        return ratio(premiumWon, premiumTargetWon);
    }

    AgentMetrics withRank(int newRank) {
        return new AgentMetrics(agent, name, dials, contacts, talkSeconds, contracts, premiumWon, withdrawals, returns,
                callbacksDue, callbacksKept, callbacksMissed, doNotCallRequests, qaOpen, qaExpired, daysWithoutContract,
                batchLeads, batchUntouched, premiumTargetWon, newRank);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}

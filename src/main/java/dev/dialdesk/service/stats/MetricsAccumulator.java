package dev.dialdesk.service.stats;

import dev.dialdesk.domain.AgentId;

/** One agent's (or the team's) figures while {@link StatsService} gathers them from the sources. */
final class MetricsAccumulator {

    final AgentId agent;
    final String name;
    int dials;
    int contacts;
    long talkMillis;
    int saleAttempts;
    int contracts;
    long premiumWon;
    int withdrawals;
    int returns;
    int callbacksDue;
    int callbacksKept;
    int callbacksMissed;
    int doNotCallRequests;
    int qaOpen;
    int qaExpired;
    Integer daysWithoutContract;
    int batchLeads;
    int batchUntouched;
    long premiumTargetWon;
    boolean active;

    MetricsAccumulator(AgentId agent, String name) {
        this.agent = agent;
        this.name = name;
    }

    void add(MetricsAccumulator other) {
        dials += other.dials;
        contacts += other.contacts;
        talkMillis += other.talkMillis;
        saleAttempts += other.saleAttempts;
        contracts += other.contracts;
        premiumWon += other.premiumWon;
        withdrawals += other.withdrawals;
        returns += other.returns;
        callbacksDue += other.callbacksDue;
        callbacksKept += other.callbacksKept;
        callbacksMissed += other.callbacksMissed;
        doNotCallRequests += other.doNotCallRequests;
        qaOpen += other.qaOpen;
        qaExpired += other.qaExpired;
        batchLeads += other.batchLeads;
        batchUntouched += other.batchUntouched;
        premiumTargetWon += other.premiumTargetWon;
    }

    AgentMetrics toMetrics(boolean contractsFromSource) {
        return new AgentMetrics(agent, name, dials, contacts, talkMillis / 1000,
                contractsFromSource ? contracts : saleAttempts, premiumWon, withdrawals, returns, callbacksDue,
                callbacksKept, callbacksMissed, doNotCallRequests, qaOpen, qaExpired, daysWithoutContract, batchLeads,
                batchUntouched, premiumTargetWon, 0);
    }
}

package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.storage.CallLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Today's numbers of the shift panel, from the call log by indexed queries (no counters kept); the
 * contracts and premium from the contracts, as on the dashboard.
 */
public final class ShiftStatsService {

    /** How far back the run of days without a contract is counted when there never was one. */
    private static final int MAX_LOOKBACK_DAYS = 365;

    private final CallLog log;
    private final PremiumSource premium;
    private final CallingPolicyService policies;
    private final Clock clock;

    public ShiftStatsService(CallLog log, PremiumSource premium, CallingPolicyService policies, Clock clock) {
        this.log = log;
        this.premium = premium;
        this.policies = policies;
        this.clock = clock;
    }

    /** The agent's numbers for today in the centre's zone. */
    public ShiftStats today(AgentId agent) {
        ZoneId zone = policies.centreZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return forDay(agent, today);
    }

    public ShiftStats forDay(AgentId agent, LocalDate day) {
        ZoneId zone = policies.centreZone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        CallLog.Totals totals = log.totals(agent, from, to);
        double rate = totals.dials() == 0 ? 0 : (double) totals.contacts() / totals.dials();
        return new ShiftStats(day, totals.dials(), totals.contacts(), rate, Duration.ofMillis(totals.talkMillis()),
                premium.contractsMade(agent, from, to).orElse(totals.sales()), premium.premiumWon(agent, from, to),
                daysWithoutContract(agent, day, zone));
    }

    /** Days with dials before {@code day} and after the day of the last contract. */
    private int daysWithoutContract(AgentId agent, LocalDate day, ZoneId zone) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Optional<Instant> lastSale = log.lastSale(agent);
        LocalDate firstDay = lastSale.map(sale -> sale.atZone(zone).toLocalDate().plusDays(1))
                .orElse(day.minusDays(MAX_LOOKBACK_DAYS));
        Instant from = firstDay.atStartOfDay(zone).toInstant();
        if (!from.isBefore(dayStart)) {
            return 0;
        }
        int offset = zone.getRules().getOffset(dayStart).getTotalSeconds();
        return log.daysWithDials(agent, from, dayStart, offset);
    }
}

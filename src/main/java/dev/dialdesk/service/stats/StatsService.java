package dev.dialdesk.service.stats;

import dev.dialdesk.domain.DateRange;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.QaDeadlineRule;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CallbackMetricsSource;
import dev.dialdesk.storage.StatsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes every metric of {@code docs/metrics.md}, in one place: the call figures from the hourly
 * roll-up, callbacks and contracts from their sources, over a range of the centre's days.
 */
public final class StatsService {

    /** How far back "days in a row without a contract" looks when there never was one. */
    static final int STREAK_LOOKBACK_DAYS = 365;

    private final StatsStore store;
    private final CallbackMetricsSource callbacks;
    private final ContractMetricsSource contracts;
    private final Settings settings;
    private final Clock clock;
    private final FloorFiguresSource floor;

    public StatsService(StatsStore store, CallbackMetricsSource callbacks, ContractMetricsSource contracts,
                        Settings settings, Clock clock) {
        this(store, callbacks, contracts, settings, clock, FloorFiguresSource.NONE);
    }

    /** With the floor's numbers: what became of each outcome, best hours, what is at risk (issue 16). */
    public StatsService(StatsStore store, CallbackMetricsSource callbacks, ContractMetricsSource contracts,
                        Settings settings, Clock clock, FloorFiguresSource floor) {
        this.floor = floor;
        this.store = store;
        this.callbacks = callbacks;
        this.contracts = contracts;
        this.settings = settings;
        this.clock = clock;
    }

    public ZoneId zone() {
        return settings.get(SettingKeys.CENTRE_ZONE);
    }

    /** The app's clock in the centre's zone (a calendar's "today"; never the computer's date). */
    public Clock clock() {
        return clock.withZone(zone());
    }

    /** Today in the centre's zone. */
    public LocalDate today() {
        return LocalDate.now(clock());
    }

    public Instant start(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** The numbers of every agent (or only {@code agent}) and the team over {@code range}. */
    /**
     * The report with the floor's numbers too (what became of each outcome, contact hours, what is at
     * risk): for the command line, the morning report and exports. The dashboard shows {@link #report}
     * first and asks for {@link #floor} after, since the floor's numbers walk every call of the range.
     */
    public StatsReport reportWithFloor(DateRange range, Optional<AgentId> agent) {
        return report(range, agent).withFloor(floor(range, agent));
    }

    /** The floor's numbers over the range (issue 16), of one agent or all. */
    public FloorFigures floor(DateRange range, Optional<AgentId> agent) {
        return floor.figures(start(range.from()), start(range.to().plusDays(1)), zone(), agent);
    }

    /** The day and range figures of the dashboard, without the floor's numbers ({@link #floor}). */
    public StatsReport report(DateRange range, Optional<AgentId> agent) {
        ZoneId zone = zone();
        Instant from = start(range.from());
        Instant to = start(range.to().plusDays(1));
        Map<AgentId, MetricsAccumulator> rows = new LinkedHashMap<>();
        for (Agent known : store.agents()) {
            if (agent.isEmpty() || agent.get().equals(known.id())) {
                rows.put(known.id(), new MetricsAccumulator(known.id(), known.name()));
            }
        }
        addCalls(rows, from, to, agent, zone);
        // Read once, used by the rows, the daily series and the QA summary (each read is a round trip on a server).
        List<ContractMetricsSource.ContractDay> contractDays = contracts.daily(range.from(), range.to(), zone, agent);
        List<ContractMetricsSource.QaCase> qaCases = contracts.qaCases(from, to, agent);
        addSources(rows, range, contractDays, qaCases, agent, zone);
        DailySeries daily = new DailySeries(range, zone, contracts.available());
        daily.addSlots(store.bySlot(from, to, agent));
        if (contracts.available()) {
            daily.addContracts(contractDays);
        }
        return assemble(range, zone, rows, daily, agent, qaCases);
    }

    private void addCalls(Map<AgentId, MetricsAccumulator> rows, Instant from, Instant to, Optional<AgentId> agent,
                          ZoneId zone) {
        for (StatsStore.CallSums sums : store.byAgent(from, to, agent)) {
            MetricsAccumulator row = row(rows, sums.agent());
            row.dials = sums.dials();
            row.contacts = sums.contacts();
            row.talkMillis = sums.talkMillis();
            row.saleAttempts = sums.sales();
            row.doNotCallRequests = sums.dncRequests();
            row.active = true;
        }
        Map<AgentId, Integer> worked = store.daysWorked(from, to, zone);
        Map<AgentId, Integer> streaks = store.daysWithoutSale(to.minus(STREAK_LOOKBACK_DAYS, ChronoUnit.DAYS), to,
                zone);
        long target = settings.get(StatsSettingKeys.PREMIUM_TARGET_PER_DAY);
        for (MetricsAccumulator row : rows.values()) {
            row.daysWithoutContract = streaks.getOrDefault(row.agent, 0);
            row.premiumTargetWon = target * Math.max(1, worked.getOrDefault(row.agent, 0));
        }
        for (StatsStore.BatchProgress batch : store.batchProgress(from, to, agent)) {
            MetricsAccumulator row = row(rows, batch.agent());
            row.batchLeads = batch.leads();
            row.batchUntouched = batch.untouched();
            row.active = true;
        }
    }

    private void addSources(Map<AgentId, MetricsAccumulator> rows, DateRange range,
                            List<ContractMetricsSource.ContractDay> contractDays, List<ContractMetricsSource.QaCase> qaCases,
                            Optional<AgentId> agent, ZoneId zone) {
        for (CallbackMetricsSource.CallbackDay day : callbacks.daily(range.from(), range.to(), zone, agent)) {
            MetricsAccumulator row = row(rows, day.agent());
            row.callbacksDue += day.due();
            row.callbacksKept += day.kept();
            row.callbacksMissed += day.missed();
            row.active = true;
        }
        for (ContractMetricsSource.ContractDay day : contractDays) {
            MetricsAccumulator row = row(rows, day.agent());
            row.contracts += day.contracts();
            row.premiumWon += day.premiumWon();
            row.withdrawals += day.withdrawals();
            row.returns += day.returns();
            row.active = true;
        }
        for (ContractMetricsSource.QaCase qa : qaCases) {
            MetricsAccumulator row = row(rows, qa.agent());
            if (qa.state() == ContractMetricsSource.QaCaseState.OPEN) {
                row.qaOpen++;
            } else {
                row.qaExpired++;
            }
            row.active = true;
        }
    }

    private StatsReport assemble(DateRange range, ZoneId zone, Map<AgentId, MetricsAccumulator> rows,
                                 DailySeries daily, Optional<AgentId> agent, List<ContractMetricsSource.QaCase> qaCases) {
        boolean fromSource = contracts.available();
        MetricsAccumulator team = new MetricsAccumulator(null, "");
        List<AgentMetrics> agents = new ArrayList<>();
        for (MetricsAccumulator row : rows.values()) {
            if (row.active || agent.isPresent()) {
                team.add(row);
                agents.add(row.toMetrics(fromSource));
            }
        }
        long targetPerDay = settings.get(StatsSettingKeys.PREMIUM_TARGET_PER_DAY);
        daily.setTarget(targetPerDay * Math.max(1, agents.size()));
        return new StatsReport(range, zone, clock.instant(), team.toMetrics(fromSource), Ranking.rank(agents),
                daily.days(), daily.hours(), qaSummary(qaCases, zone), FloorFigures.none(zone));
    }

    private StatsReport.QaSummary qaSummary(List<ContractMetricsSource.QaCase> qaCases, ZoneId zone) {
        int[] open = new int[StatsReport.QaSummary.BUCKETS];
        int expired = 0;
        LocalDate today = today();
        for (ContractMetricsSource.QaCase qa : qaCases) {
            if (qa.state() == ContractMetricsSource.QaCaseState.EXPIRED) {
                expired++;
            } else {
                long left = ChronoUnit.DAYS.between(today, QaDeadlineRule.lastDay(qa.deadline().atZone(zone)));
                open[(int) Math.max(0, Math.min(open.length - 1, left))]++;
            }
        }
        return new StatsReport.QaSummary(open, expired);
    }

    /** One agent's calls, contracts and QA cases over a range: the drill-down. */
    public AgentDay agentDay(AgentId agent, DateRange range) {
        Instant from = start(range.from());
        Instant to = start(range.to().plusDays(1));
        List<DayCall> calls = store.calls(agent, from, to).stream().map(c -> new DayCall(c.startedAt(),
                c.durationMillis(), c.disposition(), c.leadName(), c.phoneE164(), c.note())).toList();
        return new AgentDay(agent, range, calls, contracts.contracts(agent, from, to),
                contracts.qaCases(from, to, Optional.of(agent)));
    }

    /** One call of the drill-down, for the team lead's view of an agent's day. */
    public record DayCall(Instant startedAt, long durationMillis, String disposition, String leadName,
                          String phoneE164, String note) {
    }

    /** What the drill-down shows. */
    public record AgentDay(AgentId agent, DateRange range, List<DayCall> calls,
                           List<ContractMetricsSource.ContractLine> contracts,
                           List<ContractMetricsSource.QaCase> qaCases) {
    }

    private static MetricsAccumulator row(Map<AgentId, MetricsAccumulator> rows, AgentId agent) {
        return rows.computeIfAbsent(agent, id -> new MetricsAccumulator(id, id.value()));
    }

    /** Ranks agents: more contracts, then more premium, then more contacts, then more dials. */
    static final class Ranking {
        private static final Comparator<AgentMetrics> ORDER = Comparator
                .comparingInt(AgentMetrics::contracts).reversed()
                .thenComparing(Comparator.comparingLong(AgentMetrics::premiumWon).reversed())
                .thenComparing(Comparator.comparingInt(AgentMetrics::contacts).reversed())
                .thenComparing(Comparator.comparingInt(AgentMetrics::dials).reversed());

        private Ranking() {
        }

        static List<AgentMetrics> rank(List<AgentMetrics> agents) {
            List<AgentMetrics> sorted = new ArrayList<>(agents);
            sorted.sort(ORDER.thenComparing(m -> m.agent().value()));
            List<AgentMetrics> ranked = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                boolean tie = i > 0 && ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0;
                ranked.add(sorted.get(i).withRank(tie ? ranked.get(i - 1).rank() : i + 1));
            }
            return List.copyOf(ranked);
        }
    }
}

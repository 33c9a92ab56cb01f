package dev.dialdesk.service.stats;

import dev.dialdesk.domain.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the dashboard, the morning report and {@code dialdesk stats} show for a range.
 *
 * @param agents ranked, best first
 * @param daily  one point per day of the range (zeros included)
 * @param byHourOfDay 24 points, hour 0 to 23 of the centre's clock
 * @param floor  what became of each outcome, contact hours, what is at risk (issue 16)
 */
public record StatsReport(DateRange range, ZoneId zone, Instant generatedAt, AgentMetrics team,
                          List<AgentMetrics> agents, List<DayPoint> daily, List<HourPoint> byHourOfDay, QaSummary qa,
                          FloorFigures floor) {

    /** Without the floor's numbers (issue 16). */
    public StatsReport(DateRange range, ZoneId zone, Instant generatedAt, AgentMetrics team, List<AgentMetrics> agents,
                       List<DayPoint> daily, List<HourPoint> byHourOfDay, QaSummary qa) {
        this(range, zone, generatedAt, team, agents, daily, byHourOfDay, qa, FloorFigures.none(zone));
    }

    /** This report with the floor's numbers, which are read after the rest (they walk the range's calls). */
    public StatsReport withFloor(FloorFigures figures) {
        return new StatsReport(range, zone, generatedAt, team, agents, daily, byHourOfDay, qa, figures);
    }

    public record DayPoint(LocalDate day, int dials, int contacts, int contracts, long premiumWon, long premiumTargetWon) {
    }

    public record HourPoint(int hour, int dials, int contacts) {
        public double contactRate() {
            return dials == 0 ? 0 : (double) contacts / dials;
        }
    }

    /**
     * QA re-recording cases: {@code openByDaysLeft[i]} open cases whose deadline is i days away
     * (index 0 = today, the last index = that many days or more); {@code expired} in the range.
     */
    public record QaSummary(int[] openByDaysLeft, int expired) {
        public static final int BUCKETS = 5;

        public int open() {
            int sum = 0;
            for (int count : openByDaysLeft) {
                sum += count;
            }
            return sum;
        }
    }
}

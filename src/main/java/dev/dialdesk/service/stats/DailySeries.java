package dev.dialdesk.service.stats;

import dev.dialdesk.domain.DateRange;
import dev.dialdesk.storage.StatsStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-day and per-hour-of-day series of a range, built from the roll-up's quarter-hour slots: each
 * slot is put on the day and hour of the centre's clock it lies in (exact in every zone in use).
 */
final class DailySeries {

    private final boolean contractsFromSource;
    private final Map<LocalDate, long[]> days = new TreeMap<>();
    private final int[][] hours = new int[24][2];
    private long targetPerDay;

    /** Index of each figure in a day's array. */
    private static final int DIALS = 0;
    private static final int CONTACTS = 1;
    private static final int CONTRACTS = 2;
    private static final int PREMIUM = 3;

    DailySeries(DateRange range, ZoneId zone, boolean contractsFromSource) {
        this.contractsFromSource = contractsFromSource;
        this.zone = zone;
        for (LocalDate day : range.dates()) {
            days.put(day, new long[4]);
        }
    }

    private final ZoneId zone;

    void addSlots(List<StatsStore.CallSums> rows) {
        for (StatsStore.CallSums row : rows) {
            ZonedDateTime at = Instant.ofEpochMilli(row.slot() * StatsStore.SLOT_MILLIS).atZone(zone);
            long[] day = days.get(at.toLocalDate());
            if (day != null) {
                day[DIALS] += row.dials();
                day[CONTACTS] += row.contacts();
                if (!contractsFromSource) {
                    day[CONTRACTS] += row.sales();
                }
            }
            hours[at.getHour()][0] += row.dials();
            hours[at.getHour()][1] += row.contacts();
        }
    }

    void addContracts(List<ContractMetricsSource.ContractDay> rows) {
        for (ContractMetricsSource.ContractDay row : rows) {
            long[] day = days.get(row.day());
            if (day != null) {
                day[CONTRACTS] += row.contracts();
                day[PREMIUM] += row.premiumWon();
            }
        }
    }

    void setTarget(long perDay) {
        this.targetPerDay = perDay;
    }

    List<StatsReport.DayPoint> days() {
        List<StatsReport.DayPoint> points = new ArrayList<>();
        days.forEach((day, v) -> points.add(new StatsReport.DayPoint(day, (int) v[DIALS], (int) v[CONTACTS],
                (int) v[CONTRACTS], v[PREMIUM], targetPerDay)));
        return List.copyOf(points);
    }

    List<StatsReport.HourPoint> hours() {
        List<StatsReport.HourPoint> points = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            points.add(new StatsReport.HourPoint(h, hours[h][0], hours[h][1]));
        }
        return List.copyOf(points);
    }
}

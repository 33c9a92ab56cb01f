package dev.dialdesk.domain.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Best time to call: dials and contacts by weekday and hour of the day, in one zone. Filled attempt by
 * attempt; read as a contact rate per hour (all weekdays) or per weekday and hour.
 */
public final class ContactHours {

    /** One hour of the day with its sums and rate. */
    public record Hour(int hour, int dials, int contacts) {
        public double rate() {
            return dials == 0 ? 0 : (double) contacts / dials;
        }
    }

    private final ZoneId zone;
    private final int[][] dials = new int[7][24];
    private final int[][] contacts = new int[7][24];

    public ContactHours(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public void add(Instant startedAt, boolean contact) {
        ZonedDateTime local = startedAt.atZone(zone);
        int day = local.getDayOfWeek().getValue() - 1;
        dials[day][local.getHour()]++;
        if (contact) {
            contacts[day][local.getHour()]++;
        }
    }

    /** Adds the sums of the attempts started in the hour of {@code at} (a roll-up's hour). */
    public void add(Instant at, int dialCount, int contactCount) {
        ZonedDateTime local = at.atZone(zone);
        int day = local.getDayOfWeek().getValue() - 1;
        dials[day][local.getHour()] += dialCount;
        contacts[day][local.getHour()] += contactCount;
    }

    public int dials(DayOfWeek day, int hour) {
        return dials[day.getValue() - 1][hour];
    }

    public int contacts(DayOfWeek day, int hour) {
        return contacts[day.getValue() - 1][hour];
    }

    public double rate(DayOfWeek day, int hour) {
        int d = dials(day, hour);
        return d == 0 ? 0 : (double) contacts(day, hour) / d;
    }

    /** The 24 hours of the day summed over the weekdays. */
    public List<Hour> byHour() {
        List<Hour> hours = new ArrayList<>(24);
        for (int h = 0; h < 24; h++) {
            int d = 0;
            int c = 0;
            for (int day = 0; day < 7; day++) {
                d += dials[day][h];
                c += contacts[day][h];
            }
            hours.add(new Hour(h, d, c));
        }
        return hours;
    }

    /**
     * The {@code count} hours with the best contact rate among those with at least {@code minDials}
     * dials, best first (an earlier hour wins a tie).
     */
    public List<Hour> best(int count, int minDials) {
        return byHour().stream().filter(h -> h.dials() >= minDials && h.contacts() > 0)
                .sorted(Comparator.comparingDouble(Hour::rate).reversed().thenComparingInt(Hour::hour))
                .limit(count).toList();
    }

    public int totalDials() {
        return byHour().stream().mapToInt(Hour::dials).sum();
    }
}

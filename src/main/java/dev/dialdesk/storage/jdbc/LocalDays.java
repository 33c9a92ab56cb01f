package dev.dialdesk.storage.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The local days of a zone over a range, as roll-up slots: an SQL table {@code d(first_slot, end_slot)} of each
 * day's [first slot, end slot), computed by {@code java.time} (daylight saving, 23- and 25-hour days,
 * half-hour zones included), so that "on how many days" is one index seek per agent and day instead
 * of a scan of every slot.
 */
final class LocalDays {

    private LocalDays() {
    }

    /**
     * {@code d(first_slot, end_slot) AS (VALUES ...)} for the days of {@code zone} that meet [from, to), each
     * clipped to the range; empty when the range is.
     */
    static String table(ZoneId zone, Instant from, Instant to) {
        StringBuilder values = new StringBuilder();
        LocalDate day = from.atZone(zone).toLocalDate();
        ZonedDateTime start = day.atStartOfDay(zone);
        while (start.toInstant().isBefore(to)) {
            ZonedDateTime next = day.plusDays(1).atStartOfDay(zone);
            long first = JdbcStatsStore.slot(max(start.toInstant(), from));
            long end = JdbcStatsStore.slot(min(next.toInstant(), to));
            if (end > first) {
                values.append(values.length() == 0 ? "" : ", ").append('(').append(first).append(", ").append(end)
                        .append(')');
            }
            day = day.plusDays(1);
            start = next;
        }
        return values.length() == 0 ? "" : "d(first_slot, end_slot) AS (VALUES " + values + ")";
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

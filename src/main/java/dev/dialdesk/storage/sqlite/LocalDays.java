package dev.dialdesk.storage.sqlite;

import dev.dialdesk.storage.StatsStore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The local day of a roll-up slot, as an SQL expression: the slot plus the zone's offset at that slot
 * (in slots), divided by the slots of a day. The offset changes at the zone's transitions (daylight
 * saving) inside the range, written into the expression as a {@code CASE}, so every slot gets the
 * offset it really had: exact in any zone whose offsets are whole quarter hours.
 */
final class LocalDays {

    private static final long SLOT_SECONDS = StatsStore.SLOT_MILLIS / 1000;
    private static final long SLOTS_PER_DAY = 86_400 / SLOT_SECONDS;

    private LocalDays() {
    }

    /**
     * The local epoch day of the slot in {@code column}, for slots in [from, to) (slots before
     * {@code from} get the offset in force at {@code from}'s previous transition).
     */
    static String of(String column, ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        StringBuilder cases = new StringBuilder();
        Instant at = from;
        ZoneOffsetTransition next = rules.nextTransition(at);
        while (next != null && next.getInstant().isBefore(to)) {
            cases.append(" WHEN ").append(column).append(" < ").append(SqliteStatsStore.slot(next.getInstant()))
                    .append(" THEN ").append(slots(next.getOffsetBefore()));
            at = next.getInstant();
            next = rules.nextTransition(at);
        }
        String offset = cases.length() == 0 ? String.valueOf(slots(rules.getOffset(at)))
                : "CASE" + cases + " ELSE " + slots(rules.getOffset(at)) + " END";
        return "((" + column + " + " + offset + ") / " + SLOTS_PER_DAY + ")";
    }

    private static long slots(ZoneOffset offset) {
        return Math.floorDiv(offset.getTotalSeconds(), SLOT_SECONDS);
    }
}

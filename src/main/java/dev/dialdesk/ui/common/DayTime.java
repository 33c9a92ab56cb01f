package dev.dialdesk.ui.common;

import dev.dialdesk.domain.i18n.Messages;
import java.time.format.DateTimeFormatter;

/**
 * How the day of a call, a callback or a deadline is written, with its weekday: "12-05 (토) 10:00",
 * "12-05 (Sat) 10:00" (and with the year where a list spans years). The patterns are in the common
 * bundle; every screen takes them from here.
 */
public final class DayTime {

    private DayTime() {
    }

    /** "12-05 (토) 10:00", "12-05 (Sat) 10:00". */
    public static DateTimeFormatter dayAndTime(Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get("common.dayTimePattern"), messages.locale());
    }

    /** "2025-12-05 (토) 10:00", "2025-12-05 (Sat) 10:00". */
    public static DateTimeFormatter dateAndTime(Messages messages) {
        return DateTimeFormatter.ofPattern(messages.get("common.dateTimePattern"), messages.locale());
    }

    /** The width of a table column that shows a whole date with its weekday ("12-31 (Wed) 23:59"), in pixels. */
    public static int columnWidth(java.awt.FontMetrics metrics, Messages messages) {
        String widest = java.time.LocalDateTime.of(2025, 12, 31, 23, 59).format(dayAndTime(messages));
        return metrics.stringWidth(widest) + 14;
    }
}

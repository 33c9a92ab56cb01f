package dev.dialdesk.ui.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A due time as the agent types it: "13:00" (today), "12-04 09:30" (this year), "2026-12-04 09:30". */
final class DueText {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private DueText() {
    }

    static Optional<Instant> parse(String text, Instant now, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        LocalDate today = now.atZone(zone).toLocalDate();
        try {
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2} \\d{1,2}:\\d{2}")) {
                return Optional.of(LocalDateTime.parse(pad(t), FULL).atZone(zone).toInstant());
            }
            if (t.matches("\\d{1,2}-\\d{1,2} \\d{1,2}:\\d{2}")) {
                return Optional.of(LocalDateTime.parse(pad(today.getYear() + "-" + t), FULL).atZone(zone).toInstant());
            }
            return Optional.of(today.atTime(LocalTime.parse(t, TIME)).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Two-digit month and day ("2026-12-4" → "2026-12-04"). */
    private static String pad(String text) {
        String[] dateAndTime = text.split(" ");
        String[] parts = dateAndTime[0].split("-");
        return String.format("%s-%02d-%02d %s", parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                dateAndTime[1]);
    }
}

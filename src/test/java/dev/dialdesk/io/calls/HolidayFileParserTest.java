package dev.dialdesk.io.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.i18n.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Public holidays from a calendar export (ICS) or a CSV of dates. */
class HolidayFileParserTest {

    @TempDir
    Path dir;

    @Test
    void anIcsCalendarGivesEachAllDayEventAndMultiDayHolidays() throws Exception {
        Path file = dir.resolve("kr.ics");
        Files.writeString(file, String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250301", "DTEND;VALUE=DATE:20250302", "SUMMARY:삼일절", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251005", "DTEND;VALUE=DATE:20251008", "SUMMARY:추석",
                " 연휴", "END:VEVENT",
                "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251225", "SUMMARY:Christmas", "END:VEVENT",
                "END:VCALENDAR", ""), StandardCharsets.UTF_8);
        var holidays = new HolidayFileParser().read(file);
        assertThat(holidays.keySet()).containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 5),
                LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 7), LocalDate.of(2025, 12, 25));
        assertThat(holidays.get(LocalDate.of(2025, 10, 6))).isEqualTo("추석연휴");
    }

    @Test
    void aCsvOfDatesInSeveralNotations() throws Exception {
        Path file = dir.resolve("holidays.csv");
        Files.writeString(file, "날짜,이름\n2025-05-05,어린이날\n2025.06.06,현충일\n20250815\n", StandardCharsets.UTF_8);
        var holidays = new HolidayFileParser().read(file);
        assertThat(holidays).containsEntry(LocalDate.of(2025, 5, 5), "어린이날")
                .containsEntry(LocalDate.of(2025, 6, 6), "현충일")
                .containsEntry(LocalDate.of(2025, 8, 15), "")
                .hasSize(3);
    }

    @Test
    void aFileWithoutDatesIsRefused() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "nothing here\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new HolidayFileParser().read(file)).isInstanceOf(UserFacingException.class);
    }
}

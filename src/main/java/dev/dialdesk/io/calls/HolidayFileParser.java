package dev.dialdesk.io.calls;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.io.leads.LeadFiles;
import dev.dialdesk.service.calls.HolidayFileReader;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.imports.LeadFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public holidays from an iCalendar file (each VEVENT's {@code DTSTART;VALUE=DATE}, up to its
 * exclusive {@code DTEND}, named by its SUMMARY) or from a CSV whose lines start with a date
 * ({@code 2025-10-06}, {@code 2025.10.06}, {@code 2025/10/06} or {@code 20251006}) and may name it.
 */
public final class HolidayFileParser implements HolidayFileReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-./]?(\\d{1,2})[-./]?(\\d{1,2})");
    private static final int MAX_EVENT_DAYS = 31;
    /** A year of a country's holidays is a few kB; a larger file is not a holiday list. */
    static final long MAX_FILE_BYTES = 4L << 20;

    @Override
    public Map<LocalDate, String> read(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UserFacingException(new Message("calls.error.fileTooLarge", file.toString(),
                        String.valueOf(MAX_FILE_BYTES >> 20)), "Holiday file " + file.getFileName() + " is too large");
            }
            text = TextFileDecoder.decode(Files.readAllBytes(file)).text();
        } catch (IOException e) {
            throw new UserFacingException(new Message("calls.error.readFile", file.toString()),
                    "Cannot read holiday file " + file.getFileName(), e);
        }
        Map<LocalDate, String> holidays = text.contains("BEGIN:VCALENDAR") ? ics(text) : csv(file);
        if (holidays.isEmpty()) {
            throw new UserFacingException(new Message("calls.error.noHolidays", file.toString()),
                    "No holiday dates in " + file.getFileName());
        }
        return holidays;
    }

    static Map<LocalDate, String> ics(String text) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        String unfolded = text.replaceAll("\r?\n[ \t]", "");
        LocalDate start = null;
        LocalDate end = null;
        String summary = "";
        for (String line : unfolded.split("\r?\n")) {
            String upper = line.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("BEGIN:VEVENT")) {
                start = null;
                end = null;
                summary = "";
            } else if (upper.startsWith("DTSTART")) {
                start = date(value(line));
            } else if (upper.startsWith("DTEND")) {
                end = date(value(line));
            } else if (upper.startsWith("SUMMARY")) {
                summary = value(line).replace("\\,", ",").strip();
            } else if (upper.startsWith("END:VEVENT") && start != null) {
                LocalDate last = end == null || !end.isAfter(start) ? start : end.minusDays(1);
                for (LocalDate d = start; !d.isAfter(last) && !d.isAfter(start.plusDays(MAX_EVENT_DAYS)); d = d.plusDays(1)) {
                    holidays.put(d, summary);
                }
            }
        }
        return holidays;
    }

    /** A table of dates (and names) through the one table reader of the imports; a header row is optional. */
    static Map<LocalDate, String> csv(Path file) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        try (LeadFileReader.LeadFile table = new LeadFiles().open(file)) {
            take(new LeadFileReader.RawRow(table.headerLine(), table.headers()), holidays);
            LeadFileReader.RawRow row;
            while ((row = table.next()) != null) {
                take(row, holidays);
            }
        } catch (ImportFailedException e) {
            if (!"import.error.empty".equals(e.userMessage().key())) {
                throw e;
            }
        }
        return holidays;
    }

    private static void take(LeadFileReader.RawRow row, Map<LocalDate, String> holidays) {
        LocalDate date = row.problem() == null ? date(row.cell(0).strip()) : null;
        if (date != null) {
            holidays.put(date, row.cell(1).strip());
        }
    }

    private static String value(String line) {
        int colon = line.indexOf(':');
        return colon < 0 ? "" : line.substring(colon + 1).strip();
    }

    /** A date at the start of {@code text}, or null. */
    private static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}

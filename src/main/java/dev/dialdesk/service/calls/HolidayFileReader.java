package dev.dialdesk.service.calls;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** Reads public holidays from an iCalendar file or a CSV of dates. Implemented in io. */
public interface HolidayFileReader {

    /**
     * @return each date with its name (empty when the file gives none), in date order
     * @throws dev.dialdesk.domain.i18n.UserFacingException when the file cannot be read
     */
    Map<LocalDate, String> read(Path file);
}

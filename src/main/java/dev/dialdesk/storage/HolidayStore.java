package dev.dialdesk.storage;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Public holidays on which nobody is called. */
public interface HolidayStore {

    /** Every holiday. A few dozen a year: small enough to hold in memory. */
    Set<LocalDate> all();

    /** Adds holidays (date to name, name may be empty); returns how many were new. */
    int addAll(Map<LocalDate, String> holidays, String source);
}

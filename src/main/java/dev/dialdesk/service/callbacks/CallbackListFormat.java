package dev.dialdesk.service.callbacks;

import dev.dialdesk.domain.callbacks.CallbackEntry;
import java.time.ZoneId;
import java.util.List;

/** Writes a day's callbacks as JSON for scripts ({@code dialdesk callbacks --json}); io implements it. */
@FunctionalInterface
public interface CallbackListFormat {

    /** A JSON array; times ISO-8601 with offset in {@code zone}; no customer names or notes. */
    String json(List<CallbackEntry> entries, ZoneId zone);
}

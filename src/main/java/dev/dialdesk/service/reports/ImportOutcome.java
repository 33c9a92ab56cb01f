package dev.dialdesk.service.reports;

import dev.dialdesk.domain.i18n.Message;
import java.nio.file.Path;

/** What importing one file did. Files are imported one by one: a refused file leaves the others. */
public record ImportOutcome(Path file, Status status, int added, int updated, Message message) {

    public enum Status {
        /** New data was written. */
        IMPORTED,
        /** A newer export of days imported before: changed calls and records were updated. */
        UPDATED,
        /** The same export was imported before: nothing changed. */
        UNCHANGED,
        /** An older export than the one imported before: nothing written. */
        OLDER,
        /** Malformed, not a day report, a newer schema or a bad field: nothing written. */
        REFUSED
    }

    public boolean refused() {
        return status == Status.REFUSED;
    }
}

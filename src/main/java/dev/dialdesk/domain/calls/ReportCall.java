package dev.dialdesk.domain.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A call as it travels between desks (day reports, call history import). {@code id} is the call's
 * client UUID: the stable id that makes a second import of the same call change nothing.
 *
 * @param leadPhone E.164 number of the lead called
 * @param premiumWon monthly premium of a contract made on this call, or 0 (call history import)
 */
public record ReportCall(UUID id, String leadPhone, String leadName, Instant startedAt, Instant endedAt,
                         String disposition, boolean contact, boolean sale, String note, long premiumWon) {

    public ReportCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leadPhone, "leadPhone");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(disposition, "disposition");
        leadName = leadName == null ? "" : leadName;
        note = note == null ? "" : note;
    }

    @Override
    public String toString() {
        return "ReportCall[" + id + ", " + disposition + "]";
    }
}

package dev.dialdesk.ui.contracts;

import java.time.ZonedDateTime;

/**
 * Opens the callback booking for a QA re-recording (보완녹취), with the lead and "re-recording"
 * prefilled. The callback scheduler provides it; its dialog warns when the booked time is after the
 * deadline.
 */
@FunctionalInterface
public interface ReRecordingBooker {

    /** Does nothing: until the callback scheduler is connected. */
    ReRecordingBooker NONE = (leadId, contractId, deadline, customer) -> { };

    /** Called on the event thread; {@code customer} is the name the contracts screen shows, for the title. */
    void book(long leadId, long contractId, ZonedDateTime deadline, String customer);
}

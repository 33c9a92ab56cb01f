package dev.dialdesk.service.callbacks;

import dev.dialdesk.domain.callbacks.BookingCheck;
import dev.dialdesk.domain.callbacks.Callback;
import java.util.Optional;

/** What a booking (or a reschedule) did: booked, waits for the agent's confirmation, or refused. */
public record BookingResult(Outcome outcome, BookingCheck check, Optional<Callback> callback) {

    public enum Outcome {
        BOOKED,
        NEEDS_CONFIRMATION,
        REFUSED
    }

    public boolean booked() {
        return outcome == Outcome.BOOKED;
    }
}

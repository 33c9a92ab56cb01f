package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.LeadStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where a lead stands in the call loop: what the work queue needs besides the lead itself.
 *
 * @param lastDisposition code of the last outcome, null before the first attempt
 * @param lastCallAt      end of the last attempt, null before the first
 * @param nextEligibleAt  when the queue may offer it again; null when it waits for nothing (new),
 *                        is done (final, cap reached) or waits for a booked callback
 * @param zone            the customer's time zone, null for the centre's
 */
public record LeadCallState(
        long leadId,
        LeadStatus status,
        int attemptCount,
        String lastDisposition,
        Instant lastCallAt,
        Instant nextEligibleAt,
        ZoneId zone) {

    public LeadCallState {
        Objects.requireNonNull(status, "status");
        if (attemptCount < 0) {
            throw new IllegalArgumentException("attemptCount must not be negative");
        }
    }

    /** The zone calling hours are evaluated in: the lead's own, else the centre's. */
    public ZoneId zoneOr(ZoneId centre) {
        return zone == null ? centre : zone;
    }
}

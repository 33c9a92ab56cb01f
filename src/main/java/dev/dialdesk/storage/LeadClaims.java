package dev.dialdesk.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Leases on leads in team mode: a desk claims the next lead it may work (its own, else one from the
 * shared pool) for a while, renews the lease while the lead is on screen and releases it with an
 * outcome, a skip or on closing. A lease that ran out returns the lead to whoever claims next. The
 * server decides, in its own time, so that no lead is ever on two screens. Acts for the agent of the
 * connection only.
 */
public interface LeadClaims {

    /** A lead held by this desk until {@code until}. */
    record Claim(long leadId, Instant until) {
    }

    /** Claims the next lead (own due retries, own new leads, then the pool's); empty when none is free. */
    Optional<Claim> claimNext(Duration lease);

    /** Extends the lease; empty when this desk no longer holds the lead (another desk claimed it). */
    Optional<Instant> renew(long leadId, Duration lease);

    /** Gives the lead back; false when this desk did not hold it. */
    boolean release(long leadId);
}

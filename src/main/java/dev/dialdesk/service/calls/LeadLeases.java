package dev.dialdesk.service.calls;

import dev.dialdesk.storage.LeadClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leads this desk holds on the team server, so that no customer is on two screens: claimed for a
 * short lease, renewed by a timer (off the event thread) while the lead is on screen, released by an
 * outcome, a skip or closing the window. A desk that vanishes (crash, network) holds nothing for long:
 * its leases run out and the leads return to whoever claims next. On the local file there are no
 * claims ({@link #none()}): one desk per file.
 */
public final class LeadLeases implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeadLeases.class);
    /** Long enough to ride out a short network break, short enough that a crashed desk's lead comes back soon. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

    private final LeadClaims claims;
    private final Duration lease;
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> renewing;

    private LeadLeases(LeadClaims claims, Duration lease, boolean withTimer) {
        this.claims = claims;
        this.lease = lease;
        this.timer = withTimer && claims != null ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dialdesk-lease");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /** No claims: the local file. */
    public static LeadLeases none() {
        return new LeadLeases(null, DEFAULT_LEASE, false);
    }

    /** Claims through {@code claims}, renewed a few times per lease by a timer thread of its own. */
    public static LeadLeases renewing(LeadClaims claims, Duration lease) {
        LeadLeases leases = new LeadLeases(claims, lease, true);
        long every = Math.max(1, lease.toMillis() / 3);
        leases.renewing = leases.timer.scheduleAtFixedRate(leases::renewSafely, every, every, TimeUnit.MILLISECONDS);
        return leases;
    }

    /** Claims without a timer: the caller renews ({@link #renewAll}); for tests on a fixed clock. */
    public static LeadLeases manual(LeadClaims claims, Duration lease) {
        return new LeadLeases(claims, lease, false);
    }

    /** True on the team server: the next lead is claimed, not picked. */
    public boolean active() {
        return claims != null;
    }

    /** Claims the next lead the server hands this desk (own retries, own new, then the pool's). */
    public Optional<Long> claimNext() {
        Optional<LeadClaims.Claim> claim = claims.claimNext(lease);
        claim.ifPresent(c -> held.add(c.leadId()));
        return claim.map(LeadClaims.Claim::leadId);
    }

    /** True while this desk holds the lead (claimed, not released, not lost). */
    public boolean holds(long leadId) {
        return held.contains(leadId);
    }

    /** Gives a lead back (an outcome, a skip); nothing when this desk does not hold it. */
    public void release(long leadId) {
        if (claims != null && held.remove(leadId)) {
            claims.release(leadId);
        }
    }

    /**
     * The lead's outcome was recorded: on the team server the recording transaction gave the claim
     * back itself (PostgreSQL 013, {@code dialdesk_record_outcome}), so this desk only stops holding it.
     */
    public void outcomeRecorded(long leadId) {
        held.remove(leadId);
    }

    /** Extends every held lease; a lead whose lease was lost (claimed elsewhere after it ran out) is dropped. */
    public void renewAll() {
        for (Long leadId : Set.copyOf(held)) {
            Optional<Instant> until = claims.renew(leadId, lease);
            if (until.isEmpty()) {
                held.remove(leadId);
                LOG.warn("The lease on lead {} ran out and it went to another desk", leadId);
            }
        }
    }

    private void renewSafely() {
        try {
            renewAll();
        } catch (RuntimeException e) {
            // The server may be away for a moment: the next round tries again before the lease ends.
            LOG.warn("Could not renew the lead leases: {}", e.toString());
        }
    }

    /** Releases every held lead and stops the timer (the window closes). */
    @Override
    public void close() {
        if (renewing != null) {
            renewing.cancel(false);
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        for (Long leadId : Set.copyOf(held)) {
            try {
                release(leadId);
            } catch (RuntimeException e) {
                LOG.warn("Could not release lead {} on closing; its lease runs out by itself: {}", leadId, e.toString());
            }
        }
    }
}

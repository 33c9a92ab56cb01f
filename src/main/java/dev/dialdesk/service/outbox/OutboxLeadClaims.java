package dev.dialdesk.service.outbox;

import dev.dialdesk.storage.LeadClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims through the outbox: a claim needs the server (refused at once while it is known to be away);
 * giving a lead back waits in the outbox behind the lead's outcome, so the lead is not handed to
 * another desk before the server has the outcome.
 */
final class OutboxLeadClaims implements LeadClaims {

    private final LeadClaims claims;
    private final Outbox outbox;

    OutboxLeadClaims(LeadClaims claims, Outbox outbox) {
        this.claims = claims;
        this.outbox = outbox;
    }

    @Override
    public Optional<Claim> claimNext(Duration lease) {
        outbox.requireReachable();
        return claims.claimNext(lease);
    }

    @Override
    public Optional<Instant> renew(long leadId, Duration lease) {
        return claims.renew(leadId, lease);
    }

    @Override
    public boolean release(long leadId) {
        Outbox.Result<Boolean> result = outbox.send(Outbox.Kind.RELEASE, UUID.randomUUID(),
                OutboxPayloads.release(leadId), () -> claims.release(leadId));
        return result.kept() != null || result.sent();
    }
}

package dev.dialdesk.storage.postgres;

import dev.dialdesk.storage.LeadClaims;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link LeadClaims} through the server functions of {@code 003-claims.sql}: one short transaction
 * per call (one auto-committed statement), {@code FOR UPDATE SKIP LOCKED} on the server, the lease in the
 * server's clock (PostgreSQL 013).
 */
public final class PostgresLeadClaims implements LeadClaims {

    private final PostgresDatabase database;

    public PostgresLeadClaims(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Claim> claimNext(Duration lease) {
        return database.oneStatement(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT claimed_lead, lease_until FROM dialdesk_claim_next(?)")) {
                statement.setLong(1, lease.toMillis());
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Claim(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))))
                            : Optional.<Claim>empty();
                }
            }
        });
    }

    @Override
    public Optional<Instant> renew(long leadId, Duration lease) {
        return database.oneStatement(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT dialdesk_renew_claim(?, ?)")) {
                statement.setLong(1, leadId);
                statement.setLong(2, lease.toMillis());
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    long until = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(until));
                }
            }
        });
    }

    @Override
    public boolean release(long leadId) {
        return database.oneStatement(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT dialdesk_release_claim(?)")) {
                statement.setLong(1, leadId);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }
}

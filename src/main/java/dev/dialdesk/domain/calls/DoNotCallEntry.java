package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A number on the do-not-call list (수신거부, 연락금지요구): honoured at once and forever, within its scope.
 *
 * @param source   where it came from: {@code disposition}, {@code import:FILE}, {@code donotcall:FILE}, {@code manual}
 * @param agentId  who added it, null for an import
 * @param scope    all marketing, or one product
 * @param product  the product of a {@link StopScope#PRODUCT} request, "" for all marketing
 * @param listDate the date of the opt-out list it was imported from (두낫콜), null otherwise
 */
public record DoNotCallEntry(PhoneNumber number, String source, Instant addedAt, AgentId agentId, StopScope scope,
                             String product, LocalDate listDate) {

    public DoNotCallEntry {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(scope, "scope");
        product = product == null ? "" : product.strip();
        if ((scope == StopScope.PRODUCT) == product.isEmpty()) {
            throw new IllegalArgumentException("a product stop request names its product; an all-marketing one none");
        }
    }

    /** An all-marketing entry. */
    public DoNotCallEntry(PhoneNumber number, String source, Instant addedAt, AgentId agentId) {
        this(number, source, addedAt, agentId, StopScope.ALL_MARKETING, "", null);
    }

    /** Does this entry forbid a call about {@code leadProduct} (null or blank: unknown product)? */
    public boolean forbids(String leadProduct) {
        return scope == StopScope.ALL_MARKETING || product.equals(leadProduct == null ? "" : leadProduct.strip());
    }
}

package dev.dialdesk.domain.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited change of a contract: who changed which field when, from what to what (as text).
 *
 * @param actor an agent ID, or {@link #SYSTEM} for automatic changes (expiry)
 */
public record ContractChange(long contractId, Instant at, String actor, String field, String oldValue,
                             String newValue) {

    public static final String SYSTEM = "system";

    public ContractChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(field, "field");
    }
}

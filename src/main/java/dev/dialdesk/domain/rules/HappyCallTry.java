package dev.dialdesk.domain.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One try of the insurer's happy call (해피콜) on a contract: not reached, done (the customer confirmed)
 * or failed (the customer denied the sale or asked to cancel).
 */
public record HappyCallTry(long contractId, Instant at, Outcome outcome, String actor) {

    public enum Outcome {
        NO_ANSWER,
        PASSED,
        FAILED;

        public String labelKey() {
            return "rules.happyCall.outcome." + name();
        }
    }

    public HappyCallTry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(actor, "actor");
    }
}

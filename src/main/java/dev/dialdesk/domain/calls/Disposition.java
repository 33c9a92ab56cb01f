package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.LeadStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The outcome of a dial attempt (부재, 통화중, 청약 …) as data: the agent's settings may edit it.
 * Its label comes from the bundle by {@link #messageKey()}, unless the agent gave it a
 * {@code customLabel} (a disposition the centre added).
 *
 * @param code        stable identifier, stored in the call log; e.g. {@code NO_ANSWER}
 * @param position    order on the screen (and the number key 1–9 that records it)
 * @param contact     a person answered
 * @param finalOutcome the lead is done: never offered again by the queue
 * @param sale        a contract was closed
 * @param doNotCall   the number goes onto the do-not-call list at once
 * @param leadsTo     the lead's status after this outcome
 * @param retry       when the lead may be dialled again
 * @param version     the row version it was read at (1 for a new or default one): saving over a row
 *                    that moved on since is refused ({@code dev.dialdesk.storage.ConflictException})
 */
public record Disposition(
        String code,
        int position,
        String customLabel,
        boolean contact,
        boolean finalOutcome,
        boolean sale,
        boolean doNotCall,
        LeadStatus leadsTo,
        RetryRule retry,
        long version) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public Disposition {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("disposition code must be 1-32 capitals, digits or '_'");
        }
        Objects.requireNonNull(leadsTo, "leadsTo");
        Objects.requireNonNull(retry, "retry");
        if (doNotCall && !finalOutcome) {
            throw new IllegalArgumentException("a do-not-call disposition is final");
        }
        if (finalOutcome && retry.kind() != RetryRule.Kind.NEVER) {
            throw new IllegalArgumentException("a final disposition has no retry");
        }
        customLabel = customLabel == null || customLabel.isBlank() ? null : customLabel.strip();
    }

    /** A disposition not read from a database (the defaults, a new one): version 1. */
    public Disposition(String code, int position, String customLabel, boolean contact, boolean finalOutcome,
                       boolean sale, boolean doNotCall, LeadStatus leadsTo, RetryRule retry) {
        this(code, position, customLabel, contact, finalOutcome, sale, doNotCall, leadsTo, retry, 1);
    }

    /** Bundle key of the label: {@code disposition.NO_ANSWER}. */
    public String messageKey() {
        return "disposition." + code;
    }

    /**
     * The lead's call state after an attempt with this outcome that ended at {@code endedAt}: one more
     * attempt, this outcome, and the next time the queue may offer it (none when final, booked or capped).
     */
    public LeadCallState apply(LeadCallState before, Instant endedAt) {
        int attempts = before.attemptCount() + 1;
        Instant nextEligible = null;
        if (!finalOutcome && retry.kind() == RetryRule.Kind.RETRY && !retry.capReached(attempts)) {
            nextEligible = endedAt.plus(retry.delay());
        }
        return new LeadCallState(before.leadId(), leadsTo, attempts, code, endedAt, nextEligible, before.zone());
    }
}

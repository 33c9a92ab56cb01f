package dev.dialdesk.domain.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * QA at risk: an open QA re-recording case whose customer has not answered the last
 * {@code unansweredAttempts} attempts (since the QA notice), or whose deadline is within
 * {@code nearDeadline}, is the contract about to be lost: loud on the call panel, the QA panel and the
 * team lead's dashboard.
 */
public record QaRisk(int unansweredAttempts, Duration nearDeadline) {

    public static final QaRisk DEFAULT = new QaRisk(2, Duration.ofDays(1));

    public enum Reason {
        CUSTOMER_NOT_ANSWERING,
        DEADLINE_WITHIN_A_DAY
    }

    /**
     * Why the case is at risk at {@code now}; empty when it is not.
     *
     * @param since the QA notice: attempts before it do not count
     */
    public Set<Reason> check(Instant deadline, Instant since, AttemptTrail trail, Instant now) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (trail.unansweredInARowSince(since) >= unansweredAttempts) {
            reasons.add(Reason.CUSTOMER_NOT_ANSWERING);
        }
        if (!deadline.isAfter(now.plus(nearDeadline))) {
            reasons.add(Reason.DEADLINE_WITHIN_A_DAY);
        }
        return reasons;
    }
}

package dev.dialdesk.domain.rules;

import dev.dialdesk.domain.contracts.HappyCall;
import java.util.List;

/**
 * How the happy call (해피콜) ends: done or failed when a try says so; failed too when the customer was
 * not reached in {@code maxTries} tries (the insurer gives up, and the contract is at risk).
 */
public record HappyCallRule(int maxTries) {

    public static final HappyCallRule DEFAULT = new HappyCallRule(5);

    public HappyCallRule {
        if (maxTries < 1) {
            throw new IllegalArgumentException("a happy call has at least one try");
        }
    }

    /** The happy call's state after {@code tries} (oldest first). */
    public HappyCall state(List<HappyCallTry> tries) {
        int unanswered = 0;
        for (HappyCallTry t : tries) {
            switch (t.outcome()) {
                case PASSED -> {
                    return HappyCall.PASSED;
                }
                case FAILED -> {
                    return HappyCall.FAILED;
                }
                case NO_ANSWER -> unanswered++;
            }
        }
        return unanswered >= maxTries ? HappyCall.FAILED : HappyCall.PENDING;
    }
}

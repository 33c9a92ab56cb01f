package dev.dialdesk.domain.cases;

import java.time.Instant;

/**
 * A step whose due time a rule changed, and why: the screen says so ("production answers again at
 * 13:00", "delivery moved by 2 h with the repair date").
 */
public record StepMove(int position, Instant from, Instant to, Reason reason) {

    public enum Reason {
        /** The agent re-planned this step. */
        REPLANNED,
        /** It waits on a re-planned step and moved by the same amount. */
        FOLLOWS_DEPENDENCY,
        /** The step it waits on was answered: due after the default delay. */
        AFTER_ANSWER,
        /** Due from the date the party gave in the answer. */
        FROM_GIVEN_DATE,
        /** The party is at lunch then: offered after the break. */
        AFTER_LUNCH,
        /** The party does not answer yet (or any more) then: offered when they do. */
        OUTSIDE_WORKING_HOURS
    }
}

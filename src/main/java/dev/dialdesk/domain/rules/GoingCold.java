package dev.dialdesk.domain.rules;

/**
 * Going cold: a lead that was warm (its last contact was thinking it over, a callback or a contract)
 * followed by {@code attemptsInARow} unanswered attempts in a row is "avoiding calls". Customers who
 * changed their mind stop answering; the queue spaces its retries out instead of hammering.
 */
public record GoingCold(int attemptsInARow) {

    public static final GoingCold DEFAULT = new GoingCold(3);

    public GoingCold {
        if (attemptsInARow < 1) {
            throw new IllegalArgumentException("going cold needs at least one unanswered attempt");
        }
    }

    public boolean avoiding(AttemptTrail trail) {
        AttemptTrail.Try contact = trail.lastContact();
        return contact != null && contact.warm() && trail.unansweredInARow() >= attemptsInARow;
    }
}

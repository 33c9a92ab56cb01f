package dev.dialdesk.domain.cases;

import dev.dialdesk.domain.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What was promised to the customer and by when; its countdown is loud like a QA deadline. */
public record CasePromise(String what, Instant due) {

    public CasePromise {
        Objects.requireNonNull(due, "due");
        what = what == null ? "" : what.strip();
    }

    public Duration remaining(Instant now) {
        return Duration.between(now, due);
    }

    public Urgency urgency(Instant now) {
        return Urgency.of(remaining(now));
    }

    /** Kept: the case was closed done at or before the promised time. */
    public boolean keptBy(Instant closedAt) {
        return !closedAt.isAfter(due);
    }
}

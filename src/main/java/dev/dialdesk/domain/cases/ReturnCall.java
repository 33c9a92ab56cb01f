package dev.dialdesk.domain.cases;

import dev.dialdesk.domain.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The missed calls of one number still to be returned: how many, the first and the last, and who it is
 * (a lead, an internal contact, a customer with an open case, or nobody known).
 *
 * @param name the name the phone system gave, or the matched one (for the screen only)
 */
public record ReturnCall(PhoneNumber phone, int count, Instant firstAt, Instant lastAt, String name, Match match) {

    /** Who the number belongs to. */
    public record Match(Kind kind, Long leadId, Long contactId, Long caseId, String label) {
        public enum Kind { CASE, LEAD, CONTACT, UNKNOWN }

        public static final Match UNKNOWN = new Match(Kind.UNKNOWN, null, null, null, "");

        public Match {
            Objects.requireNonNull(kind, "kind");
            label = label == null ? "" : label;
        }
    }

    public ReturnCall {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(match, "match");
        name = name == null ? "" : name;
    }

    /** How long the oldest missed call has waited. */
    public Duration age(Instant now) {
        return Duration.between(firstAt, now);
    }

    public ReturnCall matched(Match newMatch) {
        return new ReturnCall(phone, count, firstAt, lastAt, name.isEmpty() ? newMatch.label() : name, newMatch);
    }

    @Override
    public String toString() {
        return "ReturnCall[" + phone.masked() + " x" + count + ", first=" + firstAt + ", " + match.kind() + "]";
    }
}

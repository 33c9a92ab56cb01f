package dev.dialdesk.domain.cases;

import dev.dialdesk.domain.PhoneNumber;
import java.util.Objects;

/**
 * Someone inside the company a step may call (생산팀, 자재팀, 배송, a named person). Calls to them are not
 * customer dials: no do-not-call or calling-hours gate, not in the customer numbers.
 */
public record InternalContact(long id, String name, String team, PhoneNumber phone, WorkingHours hours, long version) {

    public InternalContact {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(hours, "hours");
        name = name == null ? "" : name.strip();
        team = team == null ? "" : team.strip();
        if (name.isEmpty() && team.isEmpty()) {
            throw new IllegalArgumentException("a contact needs a name or a team");
        }
    }

    /** The name shown: "김철수 (생산팀)", or the one that is there. */
    public String label() {
        if (name.isEmpty()) {
            return team;
        }
        return team.isEmpty() ? name : name + " (" + team + ")";
    }

    public InternalContact withId(long newId) {
        return new InternalContact(newId, name, team, phone, hours, version);
    }

    @Override
    public String toString() {
        return "InternalContact[id=" + id + ", team=" + team + ", phone=" + phone.masked() + "]";
    }
}

package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.i18n.Message;
import java.util.Objects;

/**
 * Why the work queue does not offer a lead now: "do-not-call", "outside calling hours (opens 09:00)",
 * "retry after 14:20", "final: refused", "attempt cap reached" … The message is for the agent.
 */
public record QueueSkipReason(Kind kind, Message message) {

    /** The kinds of reasons, in the order the queue checks them. */
    public enum Kind {
        DO_NOT_CALL,
        OTHER_AGENT,
        FINAL,
        ATTEMPT_CAP,
        CALLBACK_BOOKED,
        RETRY_WAIT,
        OUTSIDE_HOURS,
        /** The centre requires consent and the lead's is missing or too old. */
        CONSENT,
        /** The lead avoids calls; it rests between tries instead of being hammered. */
        AVOIDING_CALLS
    }

    public QueueSkipReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}

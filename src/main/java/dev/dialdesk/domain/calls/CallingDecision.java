package dev.dialdesk.domain.calls;

import dev.dialdesk.domain.i18n.Message;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the calling-hours policy says about dialling a number now.
 *
 * @param verdict     allowed, allowed with a warning, or blocked
 * @param reason      why (for a warning or a block), null when plainly allowed
 * @param nextOpening when calling opens next in the callee's zone (for a block), else null
 */
public record CallingDecision(Verdict verdict, Message reason, ZonedDateTime nextOpening) {

    public enum Verdict {
        ALLOWED,
        ALLOWED_WITH_WARNING,
        BLOCKED
    }

    public CallingDecision {
        Objects.requireNonNull(verdict, "verdict");
    }

    public static CallingDecision allowed() {
        return new CallingDecision(Verdict.ALLOWED, null, null);
    }

    public boolean isAllowed() {
        return verdict != Verdict.BLOCKED;
    }

    public boolean isWarning() {
        return verdict == Verdict.ALLOWED_WITH_WARNING;
    }
}

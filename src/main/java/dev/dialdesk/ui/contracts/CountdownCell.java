package dev.dialdesk.ui.contracts;

import dev.dialdesk.domain.Urgency;
import dev.dialdesk.domain.contracts.Countdown;
import dev.dialdesk.domain.contracts.QaState;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * What the countdown column shows for one contract at one minute. Only open QA cases count down;
 * the others are done (grey), returned (struck through) or show nothing.
 */
public record CountdownCell(Kind kind, Countdown countdown, ZonedDateTime deadline) {

    public enum Kind {
        /** An open QA case: the countdown runs. */
        OPEN,
        /** Re-recorded or passed: nothing left to do. */
        DONE,
        /** Returned (반송): the sale is lost. */
        RETURNED,
        /** Awaiting QA, withdrawn or cancelled: no countdown. */
        NONE
    }

    static final CountdownCell NOTHING = new CountdownCell(Kind.NONE, null, null);

    /** The cell of a contract in {@code state} with {@code deadline}, at {@code now}. */
    static CountdownCell of(QaState state, ZonedDateTime deadline, Instant now) {
        return switch (state) {
            case RE_RECORDING_REQUIRED -> new CountdownCell(Kind.OPEN, Countdown.at(deadline, now, deadline.getZone()),
                    deadline);
            case RE_RECORDED, PASSED -> new CountdownCell(Kind.DONE, null, deadline);
            case RETURNED -> new CountdownCell(Kind.RETURNED, null, deadline);
            default -> NOTHING;
        };
    }

    /** The urgency the cell is painted with. */
    public Urgency urgency() {
        return switch (kind) {
            case OPEN -> countdown.urgency();
            case RETURNED -> Urgency.EXPIRED;
            default -> Urgency.DONE;
        };
    }

    public boolean expired() {
        return kind == Kind.OPEN && countdown.form() == Countdown.Form.EXPIRED;
    }
}
